import type { AuditOutcome } from './api/types'

/** The events the backend records; the filter offers these, and takes any other code typed in. */
export const AUDIT_EVENTS = [
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'ACCOUNT_LOCKED',
  'LOGIN_REFUSED_LOCKED',
  'LOGOUT',
  'PASSWORD_CHANGED',
  'PASSWORD_CHANGE_FAILED',
  'PASSWORD_RESET',
  'ACCOUNT_UNLOCKED',
  'ACCESS_DENIED',
  'PERSONAL_DATA_VIEWED',
  'TOTP_ENABLED',
  'TOTP_DISABLED',
  'ORGANIZATION_INSERT',
  'ORGANIZATION_UPDATE',
  'APP_USER_INSERT',
  'APP_USER_UPDATE',
  'API_KEY_INSERT',
  'API_KEY_UPDATE',
] as const

export const AUDIT_OUTCOMES = ['SUCCESS', 'FAILURE'] as const satisfies readonly AuditOutcome[]

export type JsonRecord = Record<string, unknown>

/** A row snapshot is a JSON object; anything else (null, an array, a scalar) is no snapshot. */
export function asRecord(value: unknown): JsonRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : null
}

/** JSON with sorted object keys, so equal values compare equal whatever order the keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  const record = asRecord(value)
  if (record) {
    const keys = Object.keys(record).sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

export interface DiffRow {
  key: string
  /** `undefined`: the key is not in that snapshot (or there is no snapshot). */
  before: unknown
  after: unknown
  /** Only a change from one snapshot to the other counts; an insert or a delete has nothing to compare. */
  changed: boolean
}

/**
 * The before and after of a row change, key by key, for showing side by side: the keys in the
 * order of the newer snapshot, then any only the older one has; a key is changed when both
 * snapshots exist and its values differ (deeply).
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before)
  const a = asRecord(after)
  if (!a && !b) return []
  const keys = [...Object.keys(a ?? {}), ...Object.keys(b ?? {}).filter((k) => !a || !(k in a))]
  return keys.map((key) => {
    const inBefore = b !== null && key in b
    const inAfter = a !== null && key in a
    const beforeValue = inBefore ? b[key] : undefined
    const afterValue = inAfter ? a[key] : undefined
    const changed = a !== null && b !== null && (inBefore !== inAfter || canonical(beforeValue) !== canonical(afterValue))
    return { key, before: beforeValue, after: afterValue, changed }
  })
}

/** A snapshot value as text: strings as they are, null as an em dash, the rest as JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return ''
  if (value === null) return '—'
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}
