import type { Access, ApiKey } from './api/types'

/** The header another system sends its key in (the contract's apiKeyAuth scheme). */
export const API_KEY_HEADER = 'X-API-Key'

/** 只读 first: the safer choice is the default. */
export const ACCESS_LEVELS = ['READ_ONLY', 'READ_WRITE'] as const satisfies readonly Access[]

/** The create form's fields, also the JSON properties whose server errors it shows beside them. */
export const CREATE_FIELDS = ['name', 'organizationId', 'access'] as const
export type CreateField = (typeof CREATE_FIELDS)[number]

export function isRevoked(key: Pick<ApiKey, 'revokedAt'>): boolean {
  return key.revokedAt !== null
}
