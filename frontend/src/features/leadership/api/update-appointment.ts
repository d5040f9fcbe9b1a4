import { api } from '@/lib/api/client'
import { ifMatch } from '@/lib/api/etag'
import { call } from '@/lib/api/problem'
import type { Appointment, AppointmentForm } from './types'

/** Corrects an appointment or ends it (endedOn and changeReason); 412 when someone else saved first. */
export function updateAppointment(id: number, version: number, body: AppointmentForm): Promise<Appointment> {
  return call(
    api.PUT('/api/v1/appointments/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
  ) as Promise<Appointment>
}
