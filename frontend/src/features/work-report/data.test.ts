import { describe, expect, it } from 'vitest'
import type { WorkReport } from './api/types'
import {
  addParagraph,
  currentHalfYear,
  documentFileName,
  isDirty,
  moveParagraph,
  parsePeriod,
  periodOptions,
  removeParagraph,
  selectionFromQuery,
  selectionToQuery,
  toEditable,
  toExportBody,
  toReport,
} from './data'

const DRAFT: WorkReport = {
  title: '五大连池市关工委2016年上半年关心下一代工作总结',
  sections: [
    { heading: '一、强化关工组织建设', paragraphs: ['甲', '乙', '丙'] },
    { heading: '二、发挥“五老”作用', paragraphs: ['现有“五老”1286人，其中农村900人。'] },
  ],
}

const texts = (edit: ReturnType<typeof toEditable>, section = 0) => edit.sections[section]!.paragraphs.map((p) => p.text)

describe('the editor model', () => {
  it('round-trips the draft unchanged and is not dirty', () => {
    const edit = toEditable(DRAFT)
    expect(toReport(edit)).toEqual(DRAFT)
    expect(isDirty(edit, DRAFT)).toBe(false)
  })

  it('gives every paragraph its own key, kept when it moves', () => {
    const edit = toEditable(DRAFT)
    const keys = edit.sections.flatMap((s) => s.paragraphs.map((p) => p.key))
    expect(new Set(keys).size).toBe(keys.length)
    const first = edit.sections[0]!.paragraphs[0]!.key
    moveParagraph(edit.sections[0]!, 0, 1)
    expect(edit.sections[0]!.paragraphs[1]!.key).toBe(first)
  })

  it('adds an empty paragraph after the one given, at the start or at the end', () => {
    const edit = toEditable(DRAFT)
    const section = edit.sections[0]!
    addParagraph(section, 0)
    expect(texts(edit)).toEqual(['甲', '', '乙', '丙'])
    addParagraph(section, -1)
    expect(texts(edit)).toEqual(['', '甲', '', '乙', '丙'])
    const added = addParagraph(section)
    added.text = '丁'
    expect(texts(edit)).toEqual(['', '甲', '', '乙', '丙', '丁'])
  })

  it('adds a first paragraph to an empty section', () => {
    const edit = toEditable({ title: 't', sections: [{ heading: 'h', paragraphs: [] }] })
    addParagraph(edit.sections[0]!).text = 'x'
    expect(texts(edit)).toEqual(['x'])
  })

  it('removes a paragraph, ignoring an index out of range', () => {
    const edit = toEditable(DRAFT)
    removeParagraph(edit.sections[0]!, 1)
    expect(texts(edit)).toEqual(['甲', '丙'])
    removeParagraph(edit.sections[0]!, 5)
    removeParagraph(edit.sections[0]!, -1)
    expect(texts(edit)).toEqual(['甲', '丙'])
  })

  it('moves a paragraph up and down, and not past either end', () => {
    const edit = toEditable(DRAFT)
    const section = edit.sections[0]!
    moveParagraph(section, 2, -1)
    expect(texts(edit)).toEqual(['甲', '丙', '乙'])
    moveParagraph(section, 0, 1)
    expect(texts(edit)).toEqual(['丙', '甲', '乙'])
    moveParagraph(section, 0, -1)
    moveParagraph(section, 2, 1)
    expect(texts(edit)).toEqual(['丙', '甲', '乙'])
  })

  it('is dirty after any edit, and clean again when the edit is undone', () => {
    const edit = toEditable(DRAFT)
    edit.title = '兴安乡关工委工作总结'
    expect(isDirty(edit, DRAFT)).toBe(true)
    edit.title = DRAFT.title
    expect(isDirty(edit, DRAFT)).toBe(false)

    edit.sections[1]!.heading = '二、其他'
    expect(isDirty(edit, DRAFT)).toBe(true)
    edit.sections[1]!.heading = DRAFT.sections[1]!.heading

    edit.sections[1]!.paragraphs[0]!.text += '另'
    expect(isDirty(edit, DRAFT)).toBe(true)
    edit.sections[1]!.paragraphs[0]!.text = DRAFT.sections[1]!.paragraphs[0]!
    expect(isDirty(edit, DRAFT)).toBe(false)

    moveParagraph(edit.sections[0]!, 0, 1)
    expect(isDirty(edit, DRAFT)).toBe(true)
    moveParagraph(edit.sections[0]!, 1, -1)
    expect(isDirty(edit, DRAFT)).toBe(false)

    addParagraph(edit.sections[0]!)
    expect(isDirty(edit, DRAFT)).toBe(true)
    removeParagraph(edit.sections[0]!, 3)
    expect(isDirty(edit, DRAFT)).toBe(false)
  })

  it('is not dirty without a draft', () => {
    expect(isDirty(undefined, undefined)).toBe(false)
  })

  it('exports trimmed title and headings without empty paragraphs', () => {
    const edit = toEditable(DRAFT)
    edit.title = '  标题 '
    addParagraph(edit.sections[0]!).text = '   '
    expect(toExportBody(edit)).toEqual({
      title: '标题',
      sections: [DRAFT.sections[0], DRAFT.sections[1]],
    })
  })
})

describe('the Word file name without Content-Disposition', () => {
  it('is the title with .docx, characters a file system refuses left out', () => {
    expect(documentFileName(DRAFT.title, '工作总结')).toBe('五大连池市关工委2016年上半年关心下一代工作总结.docx')
    expect(documentFileName(' a/b:c*?"<>| ', '工作总结')).toBe('abc.docx')
    expect(documentFileName('  ', '工作总结')).toBe('工作总结.docx')
    expect(documentFileName(DRAFT.title, '工作总结', 'pdf')).toBe('五大连池市关工委2016年上半年关心下一代工作总结.pdf')
  })
})

describe('periods', () => {
  it('knows the current half-year', () => {
    expect(currentHalfYear(new Date(2016, 5, 30))).toBe('2016-H1')
    expect(currentHalfYear(new Date(2016, 6, 1))).toBe('2016-H2')
  })

  it('parses named periods and nothing else', () => {
    expect(parsePeriod('2016')).toEqual({ year: 2016, part: 'YEAR' })
    expect(parsePeriod('2016-H1')).toEqual({ year: 2016, part: 'H1' })
    expect(parsePeriod('2016-Q4')).toEqual({ year: 2016, part: 'Q4' })
    expect(parsePeriod('2016-H3')).toBeUndefined()
    expect(parsePeriod('16-H1')).toBeUndefined()
  })

  it('offers the half-years begun and the years, newest first, back to 2016', () => {
    expect(periodOptions(new Date(2017, 2, 1))).toEqual(['2017-H1', '2017', '2016-H2', '2016-H1', '2016'])
    expect(periodOptions(new Date(2017, 8, 1))).toEqual(['2017-H2', '2017-H1', '2017', '2016-H2', '2016-H1', '2016'])
  })

  it('offers a period from a link that the list lacks', () => {
    expect(periodOptions(new Date(2016, 8, 1), '2016-Q1')).toEqual(['2016-Q1', '2016-H2', '2016-H1', '2016'])
    expect(periodOptions(new Date(2016, 8, 1), '2015-H2')).toEqual(['2016-H2', '2016-H1', '2016', '2015-H2', '2015-H1', '2015'])
    expect(periodOptions(new Date(2016, 8, 1), 'junk')).toEqual(['2016-H2', '2016-H1', '2016'])
  })
})

describe('the route query', () => {
  const today = new Date(2016, 8, 1)

  it('reads orgId and period', () => {
    expect(selectionFromQuery({ orgId: '7', period: '2016-H1' }, today)).toEqual({ orgId: 7, period: '2016-H1' })
  })

  it('defaults to the caller’s organization and the current half-year', () => {
    expect(selectionFromQuery({}, today)).toEqual({ orgId: undefined, period: '2016-H2' })
    expect(selectionFromQuery({ orgId: 'x', period: '2016-H9' }, today)).toEqual({ orgId: undefined, period: '2016-H2' })
    expect(selectionFromQuery({ orgId: '-1' }, today).orgId).toBeUndefined()
  })

  it('writes the selection back, keeping other parameters', () => {
    expect(selectionToQuery({ from: 'dashboard', orgId: '3' }, { orgId: 5, period: '2016' })).toEqual({
      from: 'dashboard',
      orgId: '5',
      period: '2016',
    })
    expect(selectionToQuery({ orgId: '3' }, { orgId: undefined, period: '2016-H1' })).toEqual({ period: '2016-H1' })
  })
})
