import type { Problem } from '@/lib/api/problem'
import type { ImportProblem, ImportStatus, VolunteerImport } from './api/types'

/** The server takes workbook bodies up to this size (413 above). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/** How often a running import is asked for its progress. */
export const POLL_INTERVAL_MS = 500
/** Problems shown per page of the report; the server lists at most 1000. */
export const PROBLEM_PAGE_SIZE = 50

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export function statusTagType(status: ImportStatus): TagType {
  switch (status) {
    case 'SUCCEEDED':
      return 'success'
    case 'REJECTED':
      return 'warning' // the file needs fixing; nothing was written
    case 'FAILED':
      return 'danger'
    default:
      return 'primary'
  }
}

/** The i18n key of a status's label (运行中, 已完成, 未导入, 失败). */
export function statusLabelKey(status: ImportStatus): string {
  return `volunteerImport.statuses.${status}`
}

/** Whether the import is over (the server answers a status with every import). */
export function isFinished(imp: Pick<VolunteerImport, 'status'>): boolean {
  return imp.status !== undefined && imp.status !== 'RUNNING'
}

/** `done` of `total` as a whole percentage, 0…100; nothing to do counts as 0. */
export function percent(done: number | undefined, total: number | undefined): number {
  if (!total || total <= 0 || !done || done <= 0) return 0
  return Math.min(100, Math.floor((done / total) * 100))
}

/**
 * The progress bar of an import: rows processed of all rows while it runs (never 100 — the last
 * rows still have to be written), 100 once it is over, whatever the outcome.
 */
export function importPercent(imp: Pick<VolunteerImport, 'status' | 'processedRows' | 'totalRows'>): number {
  if (isFinished(imp)) return 100
  return Math.min(99, percent(imp.processedRows, imp.totalRows))
}

/**
 * What the result means for the register:
 * - `succeeded`: every row was written (created, updated or found unchanged);
 * - `partial`: only the valid rows were asked for, and some rows were skipped;
 * - `rejected`: some rows were wrong, so nothing was written (all or nothing);
 * - `failed`: the file could not be processed, nothing was written.
 */
export type ImportOutcome = 'succeeded' | 'partial' | 'rejected' | 'failed'

export function importOutcome(imp: VolunteerImport): ImportOutcome {
  if (imp.status === 'REJECTED') return 'rejected'
  if (imp.status === 'FAILED') return 'failed'
  return (imp.skipped ?? 0) > 0 || (imp.problemCount ?? 0) > 0 ? 'partial' : 'succeeded'
}

export type FileRefusal = 'notXlsx' | 'tooLarge' | 'empty'

/** Checks a chosen file before it is sent: an .xlsx, not empty, within the server's limit. */
export function checkFile(file: { name: string; size: number }): FileRefusal | null {
  if (!/\.xlsx$/i.test(file.name)) return 'notXlsx'
  if (file.size === 0) return 'empty'
  if (file.size > MAX_FILE_BYTES) return 'tooLarge'
  return null
}

/** The server's messages about the file itself (400, field `file`): not a roster, a missing column … */
export function fileMessages(problem: Problem): string | undefined {
  const messages = (problem.errors ?? [])
    .filter((e) => (e.field.split('.').pop() ?? e.field) === 'file')
    .map((e) => e.message)
  return messages.length ? messages.join('；') : undefined
}

/** One page (counting from 1) of a list shown in pages. */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  const start = Math.max(0, (page - 1) * size)
  return items.slice(start, start + size)
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * Text starting with = + - @ (or a tab / carriage return) gets a leading apostrophe, so a
 * spreadsheet shows it instead of running it as a formula — problem messages quote cells of
 * an uploaded file.
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The byte order mark: without it Excel reads a UTF-8 CSV in the system's code page and garbles Chinese. */
export const UTF8_BOM = '\uFEFF'

/** The problem report as CSV (UTF-8 with BOM, CRLF line ends, as Excel expects), headed in the user's language. */
export function problemsCsv(
  problems: readonly ImportProblem[],
  headings: { row: string; column: string; message: string },
): string {
  const lines = [[headings.row, headings.column, headings.message].map(csvField).join(',')]
  for (const p of problems) lines.push([csvField(p.row), csvField(p.column), csvField(p.message)].join(','))
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`
}

/** The report's file name after the uploaded one: 名册.xlsx → 名册-问题报告.csv. */
export function reportFileName(imp: Pick<VolunteerImport, 'fileName' | 'id'>, suffix: string): string {
  const stem = imp.fileName?.replace(/\.xlsx$/i, '').trim() || `import-${imp.id ?? ''}`
  return `${stem}-${suffix}.csv`
}
