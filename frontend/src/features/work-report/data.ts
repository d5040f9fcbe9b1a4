import type { ReportSelection, WorkReport } from './api/types'

// ---- periods -------------------------------------------------------------------------------

/** A named period as the API takes it: a year (2016), a half-year (2016-H1) or a quarter (2016-Q1). */
const PERIOD = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/

/** The first year offered in the period list: the platform's records begin with the 2016 report. */
export const FIRST_YEAR = 2016

export type PeriodPart = 'YEAR' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4'

export function isPeriod(value: unknown): value is string {
  return typeof value === 'string' && PERIOD.test(value)
}

/** The year and which part of it a named period is (undefined for anything else). */
export function parsePeriod(period: string): { year: number; part: PeriodPart } | undefined {
  const match = PERIOD.exec(period)
  if (!match) return undefined
  return { year: Number(match[1]), part: (match[2] as PeriodPart | undefined) ?? 'YEAR' }
}

/** The half-year `today` lies in (the API's default period). */
export function currentHalfYear(today: Date): string {
  return `${today.getFullYear()}-H${today.getMonth() < 6 ? 1 : 2}`
}

/**
 * The periods offered, newest first: each year's half-years that have begun, then the year itself,
 * back to FIRST_YEAR (or `oldest`, when a link asks for an older one). A period from a link that is
 * not among them (a quarter) is offered first, so the select can show it.
 */
export function periodOptions(today: Date, chosen?: string): string[] {
  const thisYear = today.getFullYear()
  const oldest = Math.min(FIRST_YEAR, parsePeriod(chosen ?? '')?.year ?? FIRST_YEAR)
  const options: string[] = []
  for (let year = thisYear; year >= oldest; year--) {
    if (year < thisYear || today.getMonth() >= 6) options.push(`${year}-H2`)
    options.push(`${year}-H1`, `${year}`)
  }
  if (chosen && isPeriod(chosen) && !options.includes(chosen)) options.unshift(chosen)
  return options
}

// ---- the route query -------------------------------------------------------------------------

type QueryValue = string | null | (string | null)[] | undefined

function single(value: QueryValue): string | undefined {
  return (Array.isArray(value) ? value[0] : value) ?? undefined
}

/** ?orgId=&period= as a selection: a bad or missing orgId is the caller's own, a bad period the current half-year. */
export function selectionFromQuery(query: Record<string, QueryValue>, today: Date): ReportSelection {
  const orgId = Number(single(query.orgId))
  const period = single(query.period)
  return {
    orgId: Number.isSafeInteger(orgId) && orgId > 0 ? orgId : undefined,
    period: isPeriod(period) ? period : currentHalfYear(today),
  }
}

/** The selection as the route query, other parameters kept. */
export function selectionToQuery(
  query: Record<string, QueryValue>,
  { orgId, period }: ReportSelection,
): Record<string, QueryValue> {
  const next: Record<string, QueryValue> = { ...query, period }
  if (orgId === undefined) delete next.orgId
  else next.orgId = String(orgId)
  return next
}

export function sameSelection(a: ReportSelection, b: ReportSelection): boolean {
  return a.orgId === b.orgId && a.period === b.period
}

// ---- the editor model ------------------------------------------------------------------------

/** A paragraph being edited: its text and a key that stays with it when paragraphs move. */
export interface EditableParagraph {
  key: number
  text: string
}

export interface EditableSection {
  heading: string
  paragraphs: EditableParagraph[]
}

/** The summary in the editor. */
export interface EditableReport {
  title: string
  sections: EditableSection[]
}

let nextKey = 1

function paragraph(text: string): EditableParagraph {
  return { key: nextKey++, text }
}

export function toEditable(report: WorkReport): EditableReport {
  return {
    title: report.title,
    sections: report.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map(paragraph) })),
  }
}

/** The edited summary as the API takes it, exactly as typed. */
export function toReport(edit: EditableReport): WorkReport {
  return {
    title: edit.title,
    sections: edit.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => p.text) })),
  }
}

/** What is exported: title and headings trimmed, empty paragraphs left out. */
export function toExportBody(edit: EditableReport): WorkReport {
  return {
    title: edit.title.trim(),
    sections: edit.sections.map((s) => ({
      heading: s.heading.trim(),
      paragraphs: s.paragraphs.map((p) => p.text).filter((text) => text.trim() !== ''),
    })),
  }
}

/** The editor differs from the draft it began with. */
export function isDirty(edit: EditableReport | undefined, draft: WorkReport | undefined): boolean {
  if (!edit || !draft) return false
  return JSON.stringify(toReport(edit)) !== JSON.stringify(draft)
}

/** Adds an empty paragraph after `after` (-1: at the start; default: at the end) and answers it. */
export function addParagraph(section: EditableSection, after = section.paragraphs.length - 1): EditableParagraph {
  const added = paragraph('')
  section.paragraphs.splice(Math.max(0, Math.min(after + 1, section.paragraphs.length)), 0, added)
  return added
}

export function removeParagraph(section: EditableSection, index: number): void {
  if (index >= 0 && index < section.paragraphs.length) section.paragraphs.splice(index, 1)
}

/** Moves a paragraph one place up (-1) or down (+1); nothing happens at either end. */
export function moveParagraph(section: EditableSection, index: number, by: -1 | 1): void {
  const to = index + by
  const list = section.paragraphs
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return
  const [moved] = list.splice(index, 1)
  list.splice(to, 0, moved!)
}

/** The name a downloaded document gets when the server suggests none: the title, made safe for a file system. */
export function documentFileName(title: string, untitled: string, extension: 'docx' | 'pdf' = 'docx'): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim()
  return `${safe || untitled}.${extension}`
}
