import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ImportSearch, VolunteerImportPage } from './types'

/** Recent imports in the caller's subtree, newest first, without their problems. */
export function searchImports(query: ImportSearch): Promise<VolunteerImportPage> {
  return call(api.GET('/api/v1/volunteer-imports', { params: { query } }))
}
