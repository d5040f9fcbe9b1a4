import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { AuditEventPage, AuditSearch } from './types'

/** Newest first (the server's order), within the caller's scope. */
export async function searchAuditEvents(query: AuditSearch): Promise<AuditEventPage> {
  const page = await call(api.GET('/api/v1/audit-events', { params: { query } }))
  return page as AuditEventPage
}
