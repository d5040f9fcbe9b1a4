import { describe, expect, it } from 'vitest'
import { formatPercent } from './percent'

describe('formatPercent', () => {
  it('drops a zero decimal and keeps another', () => {
    expect(formatPercent(77.0)).toBe('77%')
    expect(formatPercent(100)).toBe('100%')
    expect(formatPercent(76.5)).toBe('76.5%')
    expect(formatPercent(76.54)).toBe('76.5%')
  })

  it('shows a dash without a value', () => {
    expect(formatPercent(null)).toBe('—')
    expect(formatPercent(undefined)).toBe('—')
  })
})
