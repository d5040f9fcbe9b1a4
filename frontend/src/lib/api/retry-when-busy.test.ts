import { describe, expect, it, vi } from 'vitest'
import { createRetryWhenBusy, MAX_AUTOMATIC_WAIT_SECONDS } from './retry-when-busy'

const busy = (retryAfter?: string) =>
  new Response(JSON.stringify({ title: '服务暂时不可用', status: 503 }), {
    status: 503,
    headers: { 'Content-Type': 'application/problem+json', ...(retryAfter ? { 'Retry-After': retryAfter } : {}) },
  })

/** Runs a request through the middleware as openapi-fetch does: onRequest, the answer, onResponse. */
async function through(
  method: string,
  answer: Response,
  fetch = vi.fn(async (_request: Request) => new Response('{"ok":true}')),
) {
  const sleep = vi.fn(async () => undefined)
  const middleware = createRetryWhenBusy(fetch, sleep)
  const params = { schemaPath: '/api/v1/volunteers', params: {}, id: '1', options: {} } as never
  const request = new Request('http://localhost/api/v1/volunteers?page=0', {
    method,
    headers: { Authorization: 'Bearer t' },
    body: method === 'GET' ? undefined : '{}',
  })
  const sent = ((await middleware.onRequest?.({ ...(params as object), request } as never)) as Request) ?? request
  const response = (await middleware.onResponse?.({ ...(params as object), request: sent, response: answer } as never)) as Response
  return { response, fetch, sleep }
}

describe('createRetryWhenBusy', () => {
  it('repeats a read once after the Retry-After of a 503, with the same request', async () => {
    const { response, fetch, sleep } = await through('GET', busy('2'))
    expect(sleep).toHaveBeenCalledWith(2000)
    expect(fetch).toHaveBeenCalledTimes(1)
    const repeated = fetch.mock.calls[0]![0]
    expect(repeated.url).toBe('http://localhost/api/v1/volunteers?page=0')
    expect(repeated.headers.get('Authorization')).toBe('Bearer t')
    expect(response.status).toBe(200)
  })

  it('answers the second 503 as it is: one repeat, no loop', async () => {
    const { response, fetch } = await through('GET', busy('1'), vi.fn(async (_request: Request) => busy('1')))
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(response.status).toBe(503)
  })

  it('never repeats a write', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const { response, fetch, sleep } = await through(method, busy('2'))
      expect(fetch).not.toHaveBeenCalled()
      expect(sleep).not.toHaveBeenCalled()
      expect(response.status).toBe(503)
    }
  })

  it('leaves a 503 without Retry-After, or with a longer wait, to the user', async () => {
    for (const header of [undefined, 'soon', '0', String(MAX_AUTOMATIC_WAIT_SECONDS + 1)]) {
      const { response, fetch } = await through('GET', busy(header))
      expect(fetch).not.toHaveBeenCalled()
      expect(response.status).toBe(503)
    }
  })

  it('passes other answers through untouched', async () => {
    const answer = new Response('{}', { status: 500 })
    const { response, fetch } = await through('GET', answer)
    expect(response).toBe(answer)
    expect(fetch).not.toHaveBeenCalled()
  })
})
