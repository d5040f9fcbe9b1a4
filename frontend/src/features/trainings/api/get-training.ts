import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Training } from './types'

/** One training with its version (for If-Match). */
export function getTraining(id: number): Promise<Training> {
  return call(api.GET('/api/v1/trainings/{id}', { params: { path: { id } } })) as Promise<Training>
}
