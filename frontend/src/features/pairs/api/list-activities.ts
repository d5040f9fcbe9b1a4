import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ActivityPage } from './types'

/** The pair's timeline, newest first; `page` counts from 0. */
export function listPairActivities(id: number, page: number, size: number): Promise<ActivityPage> {
  return call(api.GET('/api/v1/pairs/{id}/activities', { params: { path: { id }, query: { page, size } } }))
}
