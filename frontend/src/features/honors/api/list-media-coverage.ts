import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { MediaCoverage } from './types'

/** Media coverage of 五老 within a subtree, newest first (at most 500). */
export function listMediaCoverage(within: number | undefined): Promise<MediaCoverage[]> {
  return call(api.GET('/api/v1/honors/media-coverage', { params: { query: { within } } }))
}
