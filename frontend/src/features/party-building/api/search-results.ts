import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { PartyBuildingPage, ResultSearch } from './types'

/** Every village and community party branch of the subtree with its confirmed results of the year. */
export function searchResults(query: ResultSearch): Promise<PartyBuildingPage> {
  return call(api.GET('/api/v1/party-building/results', { params: { query } })) as Promise<PartyBuildingPage>
}
