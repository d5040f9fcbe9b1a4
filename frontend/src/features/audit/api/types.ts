import type { paths } from '@/lib/api/schema'

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

type ApiAuditEventPage = Json<paths['/api/v1/audit-events']['get']['responses'][200]>
type ApiAuditEvent = ApiAuditEventPage['items'][number]

/**
 * The contract types before/after as Jackson's JsonNode (an artefact of the backend's schema
 * generation); on the wire they are the row as a JSON object, or null. Read them as unknown and
 * narrow (see auditDiff).
 */
export type AuditEvent = Omit<ApiAuditEvent, 'before' | 'after'> & { before: unknown; after: unknown }

export interface AuditEventPage {
  items: AuditEvent[]
  page: number
  size: number
  total: number
}

export type AuditSearch = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>
export type AuditOutcome = ApiAuditEvent['outcome']
