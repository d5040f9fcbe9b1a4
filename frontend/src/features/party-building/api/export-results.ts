import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ExportQuery } from './types'

/** The year's results as an .xlsx workbook (for the secretaries' pay), fetched with the session's token. */
export function exportResults(query: ExportQuery): Promise<Blob> {
  return call(api.GET('/api/v1/party-building/results/export', { params: { query }, parseAs: 'blob' })) as Promise<Blob>
}
