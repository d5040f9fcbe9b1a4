import type { components, paths } from '@/lib/api/schema'

// The contract lists the properties of these views without `required`; the server sends every one
// (null when empty), so the SPA reads them as required.
type Schemas = components['schemas']

export type Appointment = Required<Schemas['Appointment']>
export interface AppointmentPage {
  items: Appointment[]
  page: number
  size: number
  total: number
}
export type AppointmentSearch = NonNullable<paths['/api/v1/appointments']['get']['parameters']['query']>
export type AppointmentForm = Schemas['AppointmentForm']
export type LeaderRole = Schemas['LeaderRole']
export type LeadershipByRole = Required<Schemas['LeadershipByRole']>
export type LeadershipSummary = Omit<Required<Schemas['LeadershipSummary']>, 'byRole'> & { byRole: LeadershipByRole[] }
export type OrganizationType = Schemas['OrganizationType']

/** What the page needs of the organization whose team it shows: the seats depend on its type. */
export interface TeamOrganization {
  id: number
  name: string
  type: OrganizationType
}
