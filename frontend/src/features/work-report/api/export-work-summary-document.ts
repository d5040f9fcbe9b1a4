import { api } from '@/lib/api/client'
import { fetchFile, type DownloadedFile } from '@/lib/api/download'
import type { WorkReport } from './types'

export type DocumentFormat = 'docx' | 'pdf'

/** The (edited) summary as a Word document or a PDF; the server keeps nothing. */
export async function exportWorkSummaryDocument(
  report: WorkReport,
  format: DocumentFormat,
  fallbackName: string,
): Promise<DownloadedFile> {
  const request =
    format === 'pdf'
      ? api.POST('/api/v1/reports/work-summary/pdf', { body: report, parseAs: 'blob' })
      : api.POST('/api/v1/reports/work-summary/docx', { body: report, parseAs: 'blob' })
  return fetchFile(request, fallbackName)
}
