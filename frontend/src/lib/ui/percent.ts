/**
 * A per-cent value the API sends with one decimal (77.0, 76.5) as a short text: 77%, 76.5%;
 * an absent value (nothing to divide by) as a dash.
 */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  const rounded = Math.round(value * 10) / 10
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`
}
