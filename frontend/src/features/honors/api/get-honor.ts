import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Honor } from './types'

/** One commendation with its version (for If-Match). */
export function getHonor(id: number): Promise<Honor> {
  return call(api.GET('/api/v1/honors/{id}', { params: { path: { id } } }))
}
