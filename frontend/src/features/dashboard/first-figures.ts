import type { LocationQuery } from 'vue-router'
import { localDay } from '@/lib/ui/date-time'
import { currentHalfYear, parseNamedPeriod } from '@/lib/ui/named-period'
import { getStatsChildren } from './api/get-stats-children'
import { getStatsSummary } from './api/get-stats-summary'
import type { StatsChildren, StatsSummary } from './api/types'

// Kept small and apart from the page: the router imports it, so it is part of the first JavaScript.

/** A positive whole number from the address (?orgId=7), else undefined. */
export function idOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return undefined
  const id = Number(value)
  return id > 0 ? id : undefined
}

/** The named period the address asks for (?period=2016-H1), else the current half-year. */
export function periodOf(query: LocationQuery): string {
  return parseNamedPeriod(query.period)?.code ?? currentHalfYear(localDay())
}

interface Answers {
  summary: StatsSummary
  children: StatsChildren
}

interface Asked {
  /** undefined: the caller's own organization (the server's default). */
  orgId: number | undefined
  period: string
  /** performance.now() when asked: an answer older than MAX_AGE_MS is not used. */
  at: number
  pending: { [K in keyof Answers]?: Promise<Answers[K]> }
}

const MAX_AGE_MS = 30_000

let asked: Asked | undefined

/**
 * After a reload the dashboard's figures are asked for beside /auth/me: without ?orgId= the server
 * counts the caller's own organization, which the SPA learns only from /auth/me. The page then finds
 * them answered, or on their way, when it mounts: a round trip less before the first figures on a
 * phone. Each answer is taken once (takeAsked); a failed one is asked for again there.
 */
export function askForFirstFigures(query: LocationQuery): void {
  const orgId = idOf(query.orgId)
  const period = periodOf(query)
  const summary = getStatsSummary({ orgId, period })
  const children = getStatsChildren({ orgId, period })
  // Unused or failed: the page asks itself, and reports what goes wrong then.
  summary.catch(() => undefined)
  children.catch(() => undefined)
  asked = { orgId, period, at: performance.now(), pending: { summary, children } }
}

/**
 * The answer askForFirstFigures asked for, if it is for this organization (ownId: the user's) and
 * period and recent, once; a failed one is asked for again by `again`. Else `again()`.
 */
export function takeAsked<K extends keyof Answers>(
  kind: K,
  query: { orgId: number | undefined; period: string; ownId: number | undefined },
  again: () => Promise<Answers[K]>,
): Promise<Answers[K]> {
  const found = asked?.pending[kind] as Promise<Answers[K]> | undefined
  const fits =
    asked !== undefined &&
    query.orgId !== undefined &&
    (asked.orgId ?? query.ownId) === query.orgId &&
    asked.period === query.period &&
    performance.now() - asked.at < MAX_AGE_MS
  if (asked) delete asked.pending[kind]
  if (!found || !fits) return again()
  return found.catch(() => again())
}
