import type { components, paths } from '@/lib/api/schema'

// The contract lists the properties of these views without `required`; the server sends every one
// (null when empty), so the SPA reads them as required.
type Schemas = components['schemas']

/** A step of an organization's 五好 title: 授牌, 滑坡警告 or 摘牌, with the evaluation behind it. */
export type Award = Required<Schemas['Award']>
export interface AwardPage {
  items: Award[]
  page: number
  size: number
  total: number
}
export type AwardSearch = NonNullable<paths['/api/v1/awards']['get']['parameters']['query']>
export type AwardForm = Schemas['AwardForm']
export type AwardKind = Schemas['AwardKind']

export type Evaluation = Required<Schemas['Evaluation']>
export type EvaluationKind = Schemas['EvaluationKind']

/** What the pages need of an organization whose title they show. */
export interface TitleOrganization {
  id: number
  name: string
}

/** The campaign by organization type on a day: enrolled, holding the title, the rate, warned, revoked. */
export type AwardRateRow = Required<Schemas['AwardRateRow']>
export interface AwardRates {
  on: string
  rows: AwardRateRow[]
}
export type OrganizationType = Schemas['OrganizationType']

/** A title holder's spot checks in a year: one due per half-year it holds the title. */
export type SpotCheckDue = Required<Schemas['SpotCheckDue']>
export interface SpotCheckDuePage {
  items: SpotCheckDue[]
  page: number
  size: number
  total: number
  year: number
  asOf: string
  /** Holders with an overdue spot check, of all pages. */
  overdue: number
}
export type SpotCheckSearch = NonNullable<paths['/api/v1/evaluations/spot-checks-due']['get']['parameters']['query']>
