import type { LocationQueryRaw } from 'vue-router'

const SESSION_PAGES = ['/login', '/change-password']

/**
 * The `?redirect=` target after logging in or changing the password: only a path inside this SPA
 * (no `//host` or `https:` open redirect), and never one of the session pages themselves.
 */
export function safeRedirect(value: unknown): string | undefined {
  const path = Array.isArray(value) ? value[0] : value
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) {
    return undefined
  }
  const bare = path.split(/[?#]/, 1)[0]
  if (SESSION_PAGES.includes(bare ?? '')) return undefined
  return path
}

/** `?redirect=` remembering a page; the home page needs none. */
export function redirectQuery(fullPath: string): LocationQueryRaw {
  return fullPath === '/' || !safeRedirect(fullPath) ? {} : { redirect: fullPath }
}
