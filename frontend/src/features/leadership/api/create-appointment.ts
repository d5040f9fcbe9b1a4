import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Appointment, AppointmentForm } from './types'

/** 任命: a person takes a seat of an organization's team (400 on role when the seat does not fit the organization). */
export function createAppointment(body: AppointmentForm): Promise<Appointment> {
  return call(api.POST('/api/v1/appointments', { body })) as Promise<Appointment>
}
