import type { components, paths } from '@/lib/api/schema'

// The contract lists the properties of these views without `required`; the server sends every one
// (null when empty), so the SPA reads them as required.
type Schemas = components['schemas']

export type Training = Required<Schemas['Training']>
export type TrainingForm = Schemas['TrainingForm']
export type TrainingFormat = Schemas['TrainingFormat']
export type TrainingSearch = NonNullable<paths['/api/v1/trainings']['get']['parameters']['query']>
export interface TrainingPage {
  items: Training[]
  page: number
  size: number
  total: number
}

/** A leader as appointed: who attends a training is recorded against the appointment. */
export type Leader = Required<Schemas['Appointment']>
export interface LeaderPage {
  items: Leader[]
  page: number
  size: number
  total: number
}
