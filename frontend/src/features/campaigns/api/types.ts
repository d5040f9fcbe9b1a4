import type { components, paths } from '@/lib/api/schema'

// The contract lists the properties of these views without `required`; the server sends every one
// (null when empty), so the SPA reads them as required.
type Schemas = components['schemas']

/** A three-year plan (三年规划) of the 五好 campaign with its yearly targets. */
export type Campaign = Required<Schemas['Campaign']>
export interface CampaignPage {
  items: Campaign[]
  page: number
  size: number
  total: number
}
export type CampaignSearch = NonNullable<paths['/api/v1/campaigns']['get']['parameters']['query']>
export type CampaignForm = Schemas['CampaignForm']
export type YearTarget = Schemas['YearTarget']
export type OrganizationType = Schemas['OrganizationType']

/** Targets against planned, enrolled and title-holding organizations. */
export interface CampaignProgress {
  campaignId: number
  years: ProgressRow[]
  totals: ProgressRow[]
}
export type ProgressRow = Required<Schemas['CampaignProgressRow']>

/** An organization planned for a year of the plan or enrolled (进入创建行列). */
export type Enrolment = Required<Schemas['Enrolment']>
export interface EnrolmentPage {
  items: Enrolment[]
  page: number
  size: number
  total: number
}
export type EnrolmentSearch = NonNullable<paths['/api/v1/campaigns/{id}/enrolments']['get']['parameters']['query']>
export type EnrolmentForm = Schemas['EnrolmentForm']
export type EnrolmentChange = Schemas['EnrolmentChange']
export type EnrolmentStatus = Schemas['EnrolmentStatus']
