const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')

/** Local date and time of an ISO instant for tables: 2026-03-10 09:05:31 (empty for null). */
export function formatDateTime(iso: string | null | undefined, withSeconds = true): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${withSeconds ? `:${pad(d.getSeconds())}` : ''}`
  return `${date} ${time}`
}

/** The local calendar day of `d` as 'YYYY-MM-DD' (toISOString would give the UTC day: yesterday before 8:00 in China). */
export function localDay(d: Date = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** ISO 8601 with the browser's offset, as the API's OffsetDateTime parameters want: 2026-03-10T00:00:00+08:00. */
export function toOffsetIso(d: Date): string {
  const offset = -d.getTimezoneOffset() // minutes east of UTC
  const sign = offset >= 0 ? '+' : '-'
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  )
}

/** A local calendar day 'YYYY-MM-DD' as a Date at its midnight. */
function localMidnight(day: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return undefined
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
}

/**
 * A range of whole local days as an API time window: from the first day's midnight up to (not
 * including) the midnight after the last day, both with the browser's offset.
 */
export function dayRangeToWindow(
  fromDay: string | null | undefined,
  toDay: string | null | undefined,
): { from?: string; to?: string } {
  const from = fromDay ? localMidnight(fromDay) : undefined
  const last = toDay ? localMidnight(toDay) : undefined
  const to = last ? new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1) : undefined
  return { from: from && toOffsetIso(from), to: to && toOffsetIso(to) }
}
