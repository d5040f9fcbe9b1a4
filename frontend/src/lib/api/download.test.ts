import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchFile, fileNameFromDisposition } from './download'
import { ApiError } from './problem'

describe('fileNameFromDisposition', () => {
  it('prefers the RFC 5987 filename* (UTF-8, percent-encoded) to the plain name', () => {
    const header =
      "attachment; filename=\"work-summary.docx\"; filename*=UTF-8''%E4%BA%94%E5%A4%A7%E8%BF%9E%E6%B1%A0%E5%B8%82%E5%85%B3%E5%B7%A5%E5%A7%94.docx"
    expect(fileNameFromDisposition(header)).toBe('五大连池市关工委.docx')
  })

  it('reads filename* before filename whatever their order, and with a language tag', () => {
    expect(fileNameFromDisposition("attachment; filename*=utf-8'zh-CN'%E5%90%8D%E5%86%8C.xlsx; filename=\"x.xlsx\"")).toBe(
      '名册.xlsx',
    )
  })

  it('decodes spaces and ISO-8859-1', () => {
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''a%20b.docx")).toBe('a b.docx')
    expect(fileNameFromDisposition("attachment; filename*=iso-8859-1'en'%A3%20rates.txt")).toBe('£ rates.txt')
  })

  it('takes the plain filename, quoted or not', () => {
    expect(fileNameFromDisposition('attachment; filename="work-summary-tables.xlsx"')).toBe('work-summary-tables.xlsx')
    expect(fileNameFromDisposition('attachment; filename=tables.xlsx')).toBe('tables.xlsx')
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".txt"')).toBe('a "b".txt')
  })

  it('falls back to the plain name when filename* is malformed, and drops path parts', () => {
    expect(fileNameFromDisposition("attachment; filename=\"ok.docx\"; filename*=UTF-8''%E4%ZZ.docx")).toBe('ok.docx')
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd')
  })

  it('answers undefined without a name', () => {
    expect(fileNameFromDisposition(null)).toBeUndefined()
    expect(fileNameFromDisposition('attachment')).toBeUndefined()
    expect(fileNameFromDisposition('attachment; filename=""')).toBeUndefined()
  })
})

describe('fetchFile', () => {
  afterEach(() => vi.restoreAllMocks())

  it('answers the blob and the name from Content-Disposition, else the fallback', async () => {
    const blob = new Blob(['PK'])
    const named = new Response(null, {
      headers: { 'Content-Disposition': "attachment; filename=\"x.docx\"; filename*=UTF-8''%E6%80%BB%E7%BB%93.docx" },
    })
    expect(await fetchFile(Promise.resolve({ data: blob, response: named }), 'fallback.docx')).toEqual({
      blob,
      fileName: '总结.docx',
    })
    const unnamed = new Response(null)
    expect((await fetchFile(Promise.resolve({ data: blob, response: unnamed }), 'fallback.docx')).fileName).toBe(
      'fallback.docx',
    )
  })

  it('throws the problem of a failed download', async () => {
    const response = new Response(null, { status: 403 })
    const failed = fetchFile(
      Promise.resolve({ error: { status: 403, title: '无权访问' }, response }),
      'fallback.docx',
    )
    await expect(failed).rejects.toBeInstanceOf(ApiError)
    await expect(failed).rejects.toMatchObject({ problem: { title: '无权访问' } })
  })
})
