/**
 * Points of score sheets and evaluations: multiples of 0.5 in practice, up to two decimals in the
 * API (numeric(6, 2)). Sums are taken in hundredths so that 0.1 + 0.2 shows as 0.3.
 */
export function addPoints(values: readonly (number | null | undefined)[]): number {
  return values.reduce<number>((sum, v) => sum + Math.round((v ?? 0) * 100), 0) / 100
}

/** 20 → "20", 4.5 → "4.5", 3.25 → "3.25"; nothing for a missing value. */
export function formatPoints(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ''
  return String(Math.round(value * 100) / 100)
}
