import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ScoreSheet } from './types'

/** The current sheets an organization may be scored on: its own and those of the organizations above it. */
export async function searchUsableSheets(organizationId: number): Promise<ScoreSheet[]> {
  const page = await call(
    api.GET('/api/v1/assessment-templates', { params: { query: { usableFor: organizationId, current: true, size: 200 } } }),
  )
  return page.items
}
