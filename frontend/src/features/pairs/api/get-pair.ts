import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Pair } from './types'

/** One pair with its totals and its version (for If-Match). */
export function getPair(id: number): Promise<Pair> {
  return call(api.GET('/api/v1/pairs/{id}', { params: { path: { id } } }))
}
