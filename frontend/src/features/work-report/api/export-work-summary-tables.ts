import { api } from '@/lib/api/client'
import { fetchFile, type DownloadedFile } from '@/lib/api/download'
import type { ReportSelection } from './types'

/** The summary's statistical tables (统计表) as .xlsx; each sheet's rows sum to its total. */
export async function exportWorkSummaryTables(
  { orgId, period }: ReportSelection,
  fallbackName: string,
): Promise<DownloadedFile> {
  return fetchFile(
    api.GET('/api/v1/reports/work-summary/tables', { params: { query: { orgId, period } }, parseAs: 'blob' }),
    fallbackName,
  )
}
