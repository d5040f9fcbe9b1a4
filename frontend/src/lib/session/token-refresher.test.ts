import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTokenRefresher } from './token-refresher'

const IDLE = 30 // seconds: refresh due after 20 s

describe('token refresher', () => {
  const target = new EventTarget()
  const refresh = vi.fn(async () => {})

  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.useRealTimers()
    refresh.mockReset()
  })

  function start() {
    const refresher = createTokenRefresher({ idleTimeoutSeconds: () => IDLE, refresh, target, now: () => Date.now() })
    refresher.start()
    return refresher
  }

  it('refreshes at 2/3 of the idle timeout when the user was active', async () => {
    const refresher = start()
    await vi.advanceTimersByTimeAsync(5_000)
    target.dispatchEvent(new Event('keydown'))

    await vi.advanceTimersByTimeAsync(14_999)
    expect(refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(refresh).toHaveBeenCalledTimes(1)
    refresher.stop()
  })

  it('does not refresh for an idle user, but at once when the user comes back', async () => {
    const refresher = start()
    await vi.advanceTimersByTimeAsync(25_000)
    expect(refresh).not.toHaveBeenCalled()

    target.dispatchEvent(new Event('pointerdown'))
    await vi.advanceTimersByTimeAsync(0)
    expect(refresh).toHaveBeenCalledTimes(1)
    refresher.stop()
  })

  it('needs new activity for each refresh', async () => {
    const refresher = start()
    target.dispatchEvent(new Event('wheel'))
    await vi.advanceTimersByTimeAsync(20_000)
    expect(refresh).toHaveBeenCalledTimes(1)

    await vi.advanceTimersByTimeAsync(20_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    refresher.stop()
  })

  it('stops at logout', async () => {
    const refresher = start()
    target.dispatchEvent(new Event('keydown'))
    refresher.stop()

    await vi.advanceTimersByTimeAsync(60_000)
    target.dispatchEvent(new Event('keydown'))
    await vi.advanceTimersByTimeAsync(60_000)

    expect(refresh).not.toHaveBeenCalled()
    expect(refresher.running).toBe(false)
  })
})
