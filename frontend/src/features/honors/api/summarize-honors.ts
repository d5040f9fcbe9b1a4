import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { HonorSummary } from './types'

/** People honoured per level (each once, at the highest) and those featured in the media, within a subtree. */
export function summarizeHonors(within: number | undefined): Promise<HonorSummary> {
  return call(api.GET('/api/v1/honors/summary', { params: { query: { within } } }))
}
