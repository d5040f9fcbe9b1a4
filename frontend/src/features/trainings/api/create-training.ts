import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Training, TrainingForm } from './types'

export function createTraining(body: TrainingForm): Promise<Training> {
  return call(api.POST('/api/v1/trainings', { body })) as Promise<Training>
}
