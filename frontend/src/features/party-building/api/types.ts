import type { components, paths } from '@/lib/api/schema'

type Schemas = components['schemas']

/** A confirmed 半年初评 or 年终总评 of a branch: the evaluation, its day, score and result. */
export type Assessed = Required<Schemas['PartyBuildingAssessed']>

/** A village (community) party branch's 党建带关工 results of a year. */
export type PartyBuildingResult = Required<Omit<Schemas['PartyBuildingResult'], 'halfYear' | 'yearEnd'>> & {
  halfYear: Assessed | null
  yearEnd: Assessed | null
}

export interface PartyBuildingPage {
  items: PartyBuildingResult[]
  page: number
  size: number
  total: number
  year: number
  /** Of all pages: year-end passed, failed (not eligible for 先进党支部), not yet assessed. */
  passed: number
  failed: number
  pending: number
}

export type ResultSearch = paths['/api/v1/party-building/results']['get']['parameters']['query']
export type ExportQuery = paths['/api/v1/party-building/results/export']['get']['parameters']['query']
