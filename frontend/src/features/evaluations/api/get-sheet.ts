import { api } from '@/lib/api/client'
import { ApiError, call } from '@/lib/api/problem'
import type { ScoreSheet } from './types'

/**
 * The sheet version an evaluation was scored on, for its items. GET /assessment-templates/{id}
 * answers only inside the caller's subtree, while an organization is scored on sheets of the
 * organizations above it too: for those the current sheets usable for the organization are asked
 * instead (an older version of a sheet from above stays out of reach: no sheet then).
 * `inScope`: the sheet's own page opens for the caller.
 */
export async function getSheet(templateId: number, organizationId: number): Promise<{ sheet?: ScoreSheet; inScope: boolean }> {
  try {
    return { sheet: await call(api.GET('/api/v1/assessment-templates/{id}', { params: { path: { id: templateId } } })), inScope: true }
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error
  }
  const page = await call(
    api.GET('/api/v1/assessment-templates', { params: { query: { usableFor: organizationId, current: true, size: 200 } } }),
  )
  return { sheet: page.items.find((sheet) => sheet.id === templateId), inScope: false }
}
