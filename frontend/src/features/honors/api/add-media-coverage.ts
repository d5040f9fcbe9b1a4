import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { MediaCoverage, MediaCoverageForm } from './types'

/** Records a report about a 五老 in the media. */
export function addMediaCoverage(body: MediaCoverageForm): Promise<MediaCoverage> {
  return call(api.POST('/api/v1/honors/media-coverage', { body }))
}
