import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { VolunteerImport } from './types'

/** An import's progress and, once it is done, its per-row report. */
export function getImport(id: number): Promise<VolunteerImport> {
  return call(api.GET('/api/v1/volunteer-imports/{id}', { params: { path: { id } } }))
}
