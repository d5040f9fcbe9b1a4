import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TrainingPage, TrainingSearch } from './types'

/** Trainings organized within a subtree and a period, newest first, with their attendance counts. */
export function searchTrainings(query: TrainingSearch): Promise<TrainingPage> {
  return call(api.GET('/api/v1/trainings', { params: { query } })) as Promise<TrainingPage>
}
