import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ReportSelection, WorkReport } from './types'

/** The first draft (初稿) of the summary, every figure filled from the records. */
export async function getWorkSummaryDraft({ orgId, period }: ReportSelection): Promise<WorkReport> {
  return call(api.GET('/api/v1/reports/work-summary', { params: { query: { orgId, period } } }))
}
