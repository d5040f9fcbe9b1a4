import { describe, expect, it } from 'vitest'
import { asRecord, auditDiff, formatValue } from './data'

describe('auditDiff', () => {
  it('marks the keys whose value changed in an update', () => {
    const before = { id: 14, name: '兴安乡关工委', contact: null, version: 3 }
    const after = { id: 14, name: '兴安乡关心下一代工作委员会', contact: '0456-1234567', version: 4 }
    expect(auditDiff(before, after)).toEqual([
      { key: 'id', before: 14, after: 14, changed: false },
      { key: 'name', before: '兴安乡关工委', after: '兴安乡关心下一代工作委员会', changed: true },
      { key: 'contact', before: null, after: '0456-1234567', changed: true },
      { key: 'version', before: 3, after: 4, changed: true },
    ])
  })

  it('compares nested values by content, not by key order or identity', () => {
    const rows = auditDiff(
      { roles: ['VIEWER'], extra: { a: 1, b: 2 } },
      { roles: ['VIEWER'], extra: { b: 2, a: 1 } },
    )
    expect(rows.map((r) => [r.key, r.changed])).toEqual([
      ['roles', false],
      ['extra', false],
    ])
    expect(auditDiff({ roles: ['VIEWER'] }, { roles: ['VIEWER', 'GROUP_LEADER'] })[0]?.changed).toBe(true)
  })

  it('lists a key only one side has, as changed', () => {
    const rows = auditDiff({ id: 1, phone: '13800000000' }, { id: 1, enabled: false })
    expect(rows).toEqual([
      { key: 'id', before: 1, after: 1, changed: false },
      { key: 'enabled', before: undefined, after: false, changed: true },
      { key: 'phone', before: '13800000000', after: undefined, changed: true },
    ])
  })

  it('shows an insert as its after snapshot with nothing highlighted', () => {
    expect(auditDiff(null, { id: 5, username: 'city-viewer' })).toEqual([
      { key: 'id', before: undefined, after: 5, changed: false },
      { key: 'username', before: undefined, after: 'city-viewer', changed: false },
    ])
  })

  it('has nothing to show for a security event without snapshots', () => {
    expect(auditDiff(null, null)).toEqual([])
    expect(auditDiff([], 'x')).toEqual([])
  })
})

describe('formatValue', () => {
  it('writes strings plainly, null as a dash and the rest as JSON', () => {
    expect(formatValue('兴安乡')).toBe('兴安乡')
    expect(formatValue(null)).toBe('—')
    expect(formatValue(undefined)).toBe('')
    expect(formatValue(['ORG_ADMIN'])).toBe('["ORG_ADMIN"]')
    expect(formatValue(false)).toBe('false')
  })

  it('reads only objects as snapshots', () => {
    expect(asRecord({ a: 1 })).toEqual({ a: 1 })
    expect(asRecord([1])).toBeNull()
    expect(asRecord(null)).toBeNull()
  })
})
