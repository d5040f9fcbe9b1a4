import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { VolunteerSearch } from './types'

/** The filtered register as an .xlsx file (scoped and masked by the server, which also audits it). */
export async function exportVolunteers(query: Omit<VolunteerSearch, 'page' | 'size' | 'sort'>): Promise<Blob> {
  return call(api.GET('/api/v1/volunteers/export', { params: { query }, parseAs: 'blob' })) as Promise<Blob>
}

/** Hands a downloaded file to the browser as a download. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}
