import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { StatusChange } from './types'

/** The status history, newest first. */
export function listStatusChanges(id: number): Promise<StatusChange[]> {
  return call(api.GET('/api/v1/volunteers/{id}/status-changes', { params: { path: { id } } }))
}
