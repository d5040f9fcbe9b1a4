import type { components } from '@/lib/api/schema'

/** A work summary (工作总结): a title and sections of paragraphs, as the API answers and takes it. */
export type WorkReport = components['schemas']['WorkReport']
export type WorkReportSection = components['schemas']['WorkReportSection']

/** Whose summary and for when: the organization (its subtree) and a named period (2016-H1 …). */
export interface ReportSelection {
  /** The caller's own organization when undefined. */
  orgId?: number
  period: string
}
