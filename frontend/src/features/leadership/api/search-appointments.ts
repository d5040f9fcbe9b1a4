import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { AppointmentPage, AppointmentSearch } from './types'

/** Appointments: one organization's team (organizationId) or a subtree's (within), current or untrained only. */
export function searchAppointments(query: AppointmentSearch): Promise<AppointmentPage> {
  return call(api.GET('/api/v1/appointments', { params: { query } })) as Promise<AppointmentPage>
}
