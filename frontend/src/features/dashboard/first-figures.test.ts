import { beforeEach, describe, expect, it, vi } from 'vitest'
import { getStatsChildren } from './api/get-stats-children'
import { getStatsSummary } from './api/get-stats-summary'
import type { StatsSummary } from './api/types'
import { askForFirstFigures, periodOf, takeAsked } from './first-figures'

vi.mock('./api/get-stats-summary', () => ({ getStatsSummary: vi.fn() }))
vi.mock('./api/get-stats-children', () => ({ getStatsChildren: vi.fn() }))

const summary = (organizationId: number) => ({ organizationId }) as StatsSummary
const own = { orgId: 7, period: '2016-H1', ownId: 7 }

describe('the first figures, asked for beside /auth/me', () => {
  beforeEach(() => {
    vi.mocked(getStatsSummary).mockReset().mockResolvedValue(summary(7))
    vi.mocked(getStatsChildren).mockReset().mockResolvedValue({ organizationId: 7, period: {}, children: [] })
  })

  it('asks for the address\'s organization and period, the own organization when none is given', () => {
    askForFirstFigures({ period: '2016-H1' })
    expect(getStatsSummary).toHaveBeenCalledWith({ orgId: undefined, period: '2016-H1' })
    expect(getStatsChildren).toHaveBeenCalledWith({ orgId: undefined, period: '2016-H1' })
    askForFirstFigures({ orgId: '13', period: 'nonsense' })
    expect(getStatsSummary).toHaveBeenLastCalledWith({ orgId: 13, period: periodOf({}) })
  })

  it('gives the page the answer once, for the user\'s own organization and the same period', async () => {
    askForFirstFigures({ period: '2016-H1' })
    const again = vi.fn(() => Promise.resolve(summary(99)))
    await expect(takeAsked('summary', own, again)).resolves.toEqual(summary(7))
    expect(again).not.toHaveBeenCalled()
    await expect(takeAsked('summary', own, again)).resolves.toEqual(summary(99))
    expect(getStatsSummary).toHaveBeenCalledTimes(1)
  })

  it('asks again for another organization or period, and after a failure', async () => {
    const again = vi.fn(() => Promise.resolve(summary(99)))
    askForFirstFigures({ period: '2016-H1' })
    await expect(takeAsked('summary', { ...own, orgId: 13 }, again)).resolves.toEqual(summary(99))
    askForFirstFigures({ period: '2016-H1' })
    await expect(takeAsked('summary', { ...own, period: '2016-H2' }, again)).resolves.toEqual(summary(99))
    vi.mocked(getStatsSummary).mockRejectedValue(new Error('offline'))
    askForFirstFigures({ period: '2016-H1' })
    await expect(takeAsked('summary', own, again)).resolves.toEqual(summary(99))
    expect(again).toHaveBeenCalledTimes(3)
  })
})
