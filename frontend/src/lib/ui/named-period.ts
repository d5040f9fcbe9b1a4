/**
 * Named reporting periods as the statistics API takes them (GET /stats/summary?period=): a year
 * (2016, 全年), a half-year (2016-H1 上半年, 2016-H2 下半年). Work reports are half-yearly and annual.
 */
export type PeriodPart = 'YEAR' | 'H1' | 'H2'

export interface NamedPeriod {
  /** As the API takes it: 2016, 2016-H1, 2016-H2. */
  code: string
  year: number
  part: PeriodPart
}

/** The first year the platform holds records for (the demo data is the 2016 half-year report). */
export const FIRST_REPORT_YEAR = 2016

const CODE = /^(\d{4})(?:-(H1|H2))?$/

/** A period code from a URL or the API; undefined for anything else (quarters and free ranges are not offered). */
export function parseNamedPeriod(code: unknown): NamedPeriod | undefined {
  if (typeof code !== 'string') return undefined
  const m = CODE.exec(code.trim())
  if (!m) return undefined
  const year = Number(m[1])
  const part = (m[2] as PeriodPart | undefined) ?? 'YEAR'
  return { code: m[0], year, part }
}

function codeOf(year: number, part: PeriodPart): string {
  return part === 'YEAR' ? String(year) : `${year}-${part}`
}

/** The half-year a day ('YYYY-MM-DD') lies in: the period the API defaults to. */
export function currentHalfYear(today: string): string {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  return codeOf(year, month <= 6 ? 'H1' : 'H2')
}

/**
 * The periods to pick from, by year, the latest year first; within a year 全年, 上半年, 下半年. A
 * half-year that has not begun yet is left out.
 */
export function periodsByYear(today: string, firstYear = FIRST_REPORT_YEAR): { year: number; periods: NamedPeriod[] }[] {
  const thisYear = Number(today.slice(0, 4))
  const secondHalfBegun = Number(today.slice(5, 7)) > 6
  const years: { year: number; periods: NamedPeriod[] }[] = []
  for (let year = thisYear; year >= firstYear; year--) {
    const parts: PeriodPart[] = year === thisYear && !secondHalfBegun ? ['YEAR', 'H1'] : ['YEAR', 'H1', 'H2']
    years.push({ year, periods: parts.map((part) => ({ code: codeOf(year, part), year, part })) })
  }
  return years
}

type Translate = (key: string, params: Record<string, unknown>) => string

/** 2016年上半年 / H1 2016 (i18n period.named.*); a code that is not a named period is shown as it is. */
export function periodLabel(code: string, t: Translate): string {
  const period = parseNamedPeriod(code)
  return period ? t(`period.named.${period.part}`, { year: period.year }) : code
}
