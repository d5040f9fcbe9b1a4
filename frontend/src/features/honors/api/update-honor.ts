import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Honor, HonorForm } from './types'

/** Corrects a commendation; the honoured person stays the same. */
export function updateHonor(id: number, version: number, body: HonorForm): Promise<Honor> {
  return call(api.PUT('/api/v1/honors/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }))
}
