import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Training, TrainingForm } from './types'

export function updateTraining(id: number, version: number, body: TrainingForm): Promise<Training> {
  return call(
    api.PUT('/api/v1/trainings/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  ) as Promise<Training>
}
