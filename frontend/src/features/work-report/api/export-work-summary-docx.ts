import { api } from '@/lib/api/client'
import { fetchFile, type DownloadedFile } from '@/lib/api/download'
import type { WorkReport } from './types'

/** The (edited) summary as a Word document; the server keeps nothing. */
export async function exportWorkSummaryDocx(report: WorkReport, fallbackName: string): Promise<DownloadedFile> {
  return fetchFile(api.POST('/api/v1/reports/work-summary/docx', { body: report, parseAs: 'blob' }), fallbackName)
}
