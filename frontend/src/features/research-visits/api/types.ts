import type { components, paths } from '@/lib/api/schema'

// The contract lists the properties of these views without `required`; the server sends every one
// (null when empty), so the SPA reads them as required.
type Schemas = components['schemas']

export type VisitedPlace = Required<Schemas['ResearchVisitPlace']>
export type ResearchVisit = Omit<Required<Schemas['ResearchVisit']>, 'places'> & { places: VisitedPlace[] }
export type ResearchVisitForm = Schemas['ResearchVisitForm']
export type ResearchVisitSearch = NonNullable<paths['/api/v1/research-visits']['get']['parameters']['query']>
export interface ResearchVisitPage {
  items: ResearchVisit[]
  page: number
  size: number
  total: number
}
export type PlacesByType = Required<Schemas['ResearchPlacesByType']>
export type ResearchSummary = Omit<Required<Schemas['ResearchSummary']>, 'placesByType'> & { placesByType: PlacesByType[] }
export type OrganizationType = Schemas['OrganizationType']
