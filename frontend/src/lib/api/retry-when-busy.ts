import type { Middleware } from 'openapi-fetch'

/** The longest Retry-After a read waits out by itself; longer, the user sees the message and decides. */
export const MAX_AUTOMATIC_WAIT_SECONDS = 10

/**
 * R5: while the database is away or busy the server answers 503 with Retry-After (2–10 s). A read
 * (GET) is safe to repeat, so it is repeated once after that wait instead of showing an error for a
 * blip; writes are never repeated here (the user sees the message and saves again).
 */
export function createRetryWhenBusy(
  fetch: (request: Request) => Promise<Response>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Middleware {
  const originals = new WeakMap<Request, Request>()
  return {
    onRequest({ request }) {
      // kept before fetch reads it, so the repeat sends the same request
      if (request.method === 'GET') originals.set(request, request.clone())
      return request
    },
    async onResponse({ request, response }) {
      const original = originals.get(request)
      if (!original || response.status !== 503) return response
      const wait = Number(response.headers.get('Retry-After'))
      if (!Number.isFinite(wait) || wait <= 0 || wait > MAX_AUTOMATIC_WAIT_SECONDS) return response
      await sleep(wait * 1000)
      return fetch(original)
    },
  }
}
