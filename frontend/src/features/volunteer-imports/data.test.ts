import { describe, expect, it } from 'vitest'
import type { VolunteerImport } from './api/types'
import {
  checkFile,
  csvField,
  fileMessages,
  importOutcome,
  importPercent,
  isFinished,
  MAX_FILE_BYTES,
  pageOf,
  percent,
  problemsCsv,
  reportFileName,
  statusLabelKey,
  statusTagType,
} from './data'

const HEADINGS = { row: '行', column: '列', message: '问题' }

const finished = (extra: Partial<VolunteerImport>): VolunteerImport => ({
  id: 7,
  status: 'SUCCEEDED',
  totalRows: 3,
  processedRows: 3,
  created: 3,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  problemCount: 0,
  problems: [],
  ...extra,
})

describe('progress', () => {
  it('is the whole percentage of rows done, 0 when there is nothing to do', () => {
    expect(percent(1, 3)).toBe(33)
    expect(percent(2, 3)).toBe(66)
    expect(percent(3, 3)).toBe(100)
    expect(percent(5, 3)).toBe(100)
    expect(percent(0, 10)).toBe(0)
    expect(percent(4, 0)).toBe(0)
    expect(percent(undefined, undefined)).toBe(0)
  })

  it('stops short of 100 while the import runs and is 100 once it is over, however it ended', () => {
    expect(importPercent({ status: 'RUNNING', processedRows: 250, totalRows: 1000 })).toBe(25)
    expect(importPercent({ status: 'RUNNING', processedRows: 1000, totalRows: 1000 })).toBe(99)
    expect(importPercent({ status: 'RUNNING', processedRows: 0, totalRows: 0 })).toBe(0)
    expect(importPercent({ status: 'REJECTED', processedRows: 0, totalRows: 1000 })).toBe(100)
    expect(importPercent({ status: 'SUCCEEDED', processedRows: 1000, totalRows: 1000 })).toBe(100)
  })

  it('knows a running import from a finished one', () => {
    expect(isFinished({ status: 'RUNNING' })).toBe(false)
    expect(isFinished({ status: undefined })).toBe(false)
    expect(isFinished({ status: 'SUCCEEDED' })).toBe(true)
    expect(isFinished({ status: 'REJECTED' })).toBe(true)
    expect(isFinished({ status: 'FAILED' })).toBe(true)
  })
})

describe('status', () => {
  it('has a tag colour and a label per status', () => {
    expect(statusTagType('RUNNING')).toBe('primary')
    expect(statusTagType('SUCCEEDED')).toBe('success')
    expect(statusTagType('REJECTED')).toBe('warning')
    expect(statusTagType('FAILED')).toBe('danger')
    expect(statusLabelKey('REJECTED')).toBe('volunteerImport.statuses.REJECTED')
  })

  it('tells what the result means for the register', () => {
    expect(importOutcome(finished({}))).toBe('succeeded')
    expect(importOutcome(finished({ created: 0, unchanged: 3 }))).toBe('succeeded')
    expect(importOutcome(finished({ validRowsOnly: true, created: 2, skipped: 1, problemCount: 1 }))).toBe('partial')
    expect(importOutcome(finished({ status: 'REJECTED', created: 0, problemCount: 2 }))).toBe('rejected')
    expect(importOutcome(finished({ status: 'FAILED', created: 0 }))).toBe('failed')
  })
})

describe('checkFile', () => {
  it('takes an .xlsx within 10 MB', () => {
    expect(checkFile({ name: '兴安乡名册.xlsx', size: 12_345 })).toBeNull()
    expect(checkFile({ name: 'ROSTER.XLSX', size: MAX_FILE_BYTES })).toBeNull()
  })

  it('refuses other files, empty ones and larger ones before sending them', () => {
    expect(checkFile({ name: '名册.xls', size: 100 })).toBe('notXlsx')
    expect(checkFile({ name: '名册.csv', size: 100 })).toBe('notXlsx')
    expect(checkFile({ name: '名册.xlsx', size: 0 })).toBe('empty')
    expect(checkFile({ name: '名册.xlsx', size: MAX_FILE_BYTES + 1 })).toBe('tooLarge')
  })
})

describe('fileMessages', () => {
  it('joins the server’s messages about the file and ignores the others', () => {
    const problem = {
      status: 400,
      errors: [
        { field: 'file', message: '缺少“姓名”列。' },
        { field: 'start.fileName', message: '太长' },
        { field: 'file', message: '缺少“性别”列。' },
      ],
    }
    expect(fileMessages(problem)).toBe('缺少“姓名”列。；缺少“性别”列。')
    expect(fileMessages({ status: 400 })).toBeUndefined()
    expect(fileMessages({ status: 400, errors: [{ field: 'start.file', message: '不是 Excel 文件。' }] })).toBe(
      '不是 Excel 文件。',
    )
  })
})

describe('the problem report as CSV', () => {
  it('starts with a byte order mark so Excel reads the Chinese, and ends rows with CRLF', () => {
    const csv = problemsCsv([{ row: 3, column: '性别', message: '性别须为“男”或“女”。' }], HEADINGS)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv).toBe('\uFEFF行,列,问题\r\n3,性别,性别须为“男”或“女”。\r\n')
  })

  it('quotes fields with commas, quotes and line breaks, and leaves an empty column empty', () => {
    const csv = problemsCsv(
      [
        { row: 1, column: null, message: 'a, b' },
        { row: 5, column: '姓名', message: 'say "hi"\nagain' },
      ],
      HEADINGS,
    )
    expect(csv.split('\r\n').slice(1)).toEqual(['1,,"a, b"', '5,姓名,"say ""hi""\nagain"', ''])
  })

  it('keeps a spreadsheet from running a quoted cell as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('+86 138')).toBe("'+86 138")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField(-1)).toBe('-1')
    expect(csvField(undefined)).toBe('')
  })

  it('is named after the uploaded file', () => {
    expect(reportFileName({ fileName: '兴安乡名册.xlsx', id: 7 }, '问题报告')).toBe('兴安乡名册-问题报告.csv')
    expect(reportFileName({ fileName: null, id: 7 }, 'problems')).toBe('import-7-problems.csv')
  })
})

describe('pageOf', () => {
  it('cuts pages counting from 1', () => {
    const items = Array.from({ length: 120 }, (_, i) => i)
    expect(pageOf(items, 1, 50)).toHaveLength(50)
    expect(pageOf(items, 3, 50)).toEqual(items.slice(100))
    expect(pageOf(items, 4, 50)).toEqual([])
    expect(pageOf(items, 0, 50)).toEqual(items.slice(0, 50))
  })
})
