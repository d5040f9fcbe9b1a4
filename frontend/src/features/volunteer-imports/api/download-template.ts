import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'

/** The roster template (.xlsx) with the caller's organizations in its drop-down. */
export async function downloadTemplate(): Promise<Blob> {
  return call(api.GET('/api/v1/volunteer-imports/template', { parseAs: 'blob' })) as Promise<Blob>
}
