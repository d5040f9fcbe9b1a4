import createClient, { type Middleware } from 'openapi-fetch'
import { runtimeConfig } from '@/lib/config/runtime-config'
import { currentLocale } from '@/lib/i18n'
import { createAuthMiddleware } from '@/lib/session/auth-middleware'
import { sessionNavigation } from '@/lib/session/session-navigation'
import { createRetryWhenBusy } from './retry-when-busy'
import { useSessionStore } from '@/lib/session/session-store'
import type { paths } from './schema'

/** The backend localizes problem titles and validation messages from this header. */
const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLocale())
    return request
  },
}

/**
 * '' (same origin) or a path prefix is resolved against the page: openapi-fetch builds a Request,
 * and Request needs an absolute URL outside a browser page (unit tests run in Node).
 */
export function resolveBaseUrl(apiBaseUrl: string, pageUrl: string): string {
  return new URL(apiBaseUrl || '/', pageUrl).href.replace(/\/+$/, '')
}

/** The one API client; its types come from ../../../../openapi.yaml via `npm run api:generate`. */
export const api = createClient<paths>({
  baseUrl: resolveBaseUrl(runtimeConfig.apiBaseUrl, window.location.href),
  // Looked up on every call, not captured once, so tests can stub fetch after this module loads.
  fetch: (request) => globalThis.fetch(request),
})
api.use(
  acceptLanguage,
  createAuthMiddleware({
    session: () => useSessionStore(),
    navigation: sessionNavigation,
    fetch: (request) => globalThis.fetch(request),
  }),
  // last: it keeps the request as finally sent, and its repeat's answer still passes the session's check
  createRetryWhenBusy((request) => globalThis.fetch(request)),
)
