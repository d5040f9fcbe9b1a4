/** What counts as the user being at work in the page (typing in a long form makes no API calls). */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

/** The token is refreshed when this share of the idle timeout has passed, if the user was active. */
export const REFRESH_AT = 2 / 3

export interface TokenRefresherOptions {
  idleTimeoutSeconds: () => number
  refresh: () => Promise<void>
  /** Where activity is watched; the window in the app. */
  target?: EventTarget
  now?: () => number
}

export interface TokenRefresher {
  start(): void
  stop(): void
  readonly running: boolean
}

/**
 * Keeps an active user logged in: at 2/3 of the idle timeout after the last refresh (or login) the
 * token is refreshed if there was user activity since. If there was none, the next activity
 * refreshes at once — which, once the server's idle timeout has passed, ends in a 401 and the
 * login page, as it should. Nothing happens while the user is away: the server lets the token die.
 */
export function createTokenRefresher(options: TokenRefresherOptions): TokenRefresher {
  const target = options.target ?? (typeof window === 'undefined' ? undefined : window)
  const now = options.now ?? (() => Date.now())
  let running = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastRefresh = 0
  let lastActivity = 0
  let due = false
  let inFlight: Promise<void> | null = null

  function schedule(): void {
    clearTimeout(timer)
    const delayMs = Math.max(1, options.idleTimeoutSeconds()) * REFRESH_AT * 1000
    timer = setTimeout(onTimer, delayMs)
  }

  function onTimer(): void {
    if (!running) return
    if (lastActivity > lastRefresh) void refreshNow()
    else due = true
  }

  function onActivity(): void {
    lastActivity = Math.max(now(), lastRefresh + 1)
    if (due && running) {
      due = false
      void refreshNow()
    }
  }

  async function refreshNow(): Promise<void> {
    if (inFlight) return inFlight
    inFlight = (async () => {
      try {
        await options.refresh()
      } catch {
        // a 401 has ended the session (auth middleware); other failures are retried on the next round
      } finally {
        inFlight = null
      }
      if (running) {
        lastRefresh = now()
        schedule()
      }
    })()
    return inFlight
  }

  return {
    start() {
      if (running) return
      running = true
      lastRefresh = now()
      lastActivity = 0
      due = false
      for (const type of ACTIVITY_EVENTS) target?.addEventListener(type, onActivity, { capture: true, passive: true })
      schedule()
    },
    stop() {
      if (!running) return
      running = false
      clearTimeout(timer)
      due = false
      for (const type of ACTIVITY_EVENTS) target?.removeEventListener(type, onActivity, { capture: true })
    },
    get running() {
      return running
    },
  }
}
