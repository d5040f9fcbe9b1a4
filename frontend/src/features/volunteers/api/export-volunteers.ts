import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { VolunteerSearch } from './types'

/** The filtered register as an .xlsx file (scoped and masked by the server, which also audits it). */
export async function exportVolunteers(query: Omit<VolunteerSearch, 'page' | 'size' | 'sort'>): Promise<Blob> {
  return call(api.GET('/api/v1/volunteers/export', { params: { query }, parseAs: 'blob' })) as Promise<Blob>
}

