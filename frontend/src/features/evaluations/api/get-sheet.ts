import { api } from '@/lib/api/client'
import { ApiError, call } from '@/lib/api/problem'
import type { ScoreSheet } from './types'

/**
 * The sheet version an evaluation was scored on, for its items. GET /assessment-templates/{id}
 * answers only inside the caller's subtree, while an organization is scored on sheets of the
 * organizations above it too: for those the current sheets usable for the organization are asked
 * instead (an older version of a sheet from above stays out of reach; undefined then).
 */
export async function getSheet(templateId: number, organizationId: number): Promise<ScoreSheet | undefined> {
  try {
    return await call(api.GET('/api/v1/assessment-templates/{id}', { params: { path: { id: templateId } } }))
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error
  }
  const page = await call(
    api.GET('/api/v1/assessment-templates', { params: { query: { usableFor: organizationId, current: true, size: 200 } } }),
  )
  return page.items.find((sheet) => sheet.id === templateId)
}
