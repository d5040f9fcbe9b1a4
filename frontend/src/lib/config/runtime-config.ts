/** Settings that differ per deployment; read from window.APP_CONFIG (public/config.js) at start-up. */
export interface RuntimeConfig {
  /** Origin or path prefix of the backend; '' = same origin as the SPA. */
  apiBaseUrl: string
}

export const defaultRuntimeConfig: Readonly<RuntimeConfig> = Object.freeze({ apiBaseUrl: '' })

/**
 * Accepts anything, because config.js is edited by hand at deployment: a missing file, a typo or a
 * wrong type must fall back to the defaults instead of breaking the app.
 */
export function readRuntimeConfig(source: unknown): RuntimeConfig {
  const raw = typeof source === 'object' && source !== null ? (source as Record<string, unknown>) : {}
  const apiBaseUrl =
    typeof raw.apiBaseUrl === 'string' ? raw.apiBaseUrl.trim().replace(/\/+$/, '') : defaultRuntimeConfig.apiBaseUrl
  return { apiBaseUrl }
}

export const runtimeConfig: RuntimeConfig = readRuntimeConfig(
  typeof window === 'undefined' ? undefined : window.APP_CONFIG,
)
