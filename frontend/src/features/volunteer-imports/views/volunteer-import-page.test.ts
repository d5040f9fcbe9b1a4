import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/lib/api/problem'
import { i18n, setLocale } from '@/lib/i18n'
import { startImport } from '../api/start-import'
import type { VolunteerImport } from '../api/types'
import VolunteerImportPage from './volunteer-import-page.vue'

// The upload (XMLHttpRequest) is tested on its own; here it answers as the server would.
vi.mock('../api/start-import', () => ({ startImport: vi.fn() }))
const startImportMock = vi.mocked(startImport)

const running = (processedRows: number): VolunteerImport => ({
  id: 7,
  status: 'RUNNING',
  fileName: '兴安乡名册.xlsx',
  totalRows: 3,
  processedRows,
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  problemCount: 0,
  problems: [],
  startedBy: 'xingan-admin',
  startedAt: '2026-03-10T09:00:00+08:00',
})

const rejected: VolunteerImport = {
  ...running(3),
  status: 'REJECTED',
  problemCount: 1,
  problems: [{ row: 3, column: '性别', message: '“未知”不是允许的值；可选：男、女。' }],
  finishedAt: '2026-03-10T09:00:02+08:00',
}

function mountPage() {
  return mount(VolunteerImportPage, {
    global: { plugins: [ElementPlus, i18n], stubs: { RouterLink: RouterLinkStub } },
    attachTo: document.body,
  })
}

async function chooseFile(name = '兴安乡名册.xlsx'): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('.file-drop input[type="file"]')!
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], name)
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

function button(text: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
  if (!found) throw new Error(`no button ${text}`)
  return found
}

const text = () => document.body.textContent ?? ''

describe('the roster import page', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()
  let polls: VolunteerImport[] = []

  beforeEach(() => {
    setLocale('zh-CN')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname
      if (path === '/api/v1/volunteer-imports/7') return Response.json(polls.shift())
      return Response.json({ items: [], page: 0, size: 10, total: 0 })
    })
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    fetchMock.mockReset()
    startImportMock.mockReset()
    document.body.innerHTML = ''
  })

  it('uploads the file, follows the import and shows why nothing was written', async () => {
    startImportMock.mockResolvedValue(running(0))
    polls = [running(1), rejected]
    mountPage()
    await flushPromises()
    expect(button('开始导入').disabled).toBe(true)

    await chooseFile()
    button('开始导入').click()
    await flushPromises()

    expect(startImportMock).toHaveBeenCalledWith(
      expect.any(File),
      '兴安乡名册.xlsx',
      { validRowsOnly: false, confirmPossibleDuplicates: false },
      expect.any(Function),
    )
    expect(text()).toContain('已上传，等待开始检查…')

    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(text()).toContain('正在检查和写入：已处理 1 / 3 行')
    expect(document.querySelector('.el-progress')?.getAttribute('aria-valuenow')).toBe('33')

    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(text()).toContain('未导入：名册中有 1 个问题，没有写入任何数据')
    const cells = [...document.querySelectorAll('.problem-table tbody td')].map((td) => td.textContent?.trim())
    expect(cells).toEqual(['3', '性别', '“未知”不是允许的值；可选：男、女。'])
    expect(document.querySelector('.counts')).toBeNull()

    // No more polling once the import is over; the recent imports are loaded again.
    await vi.advanceTimersByTimeAsync(2000)
    const paths = fetchMock.mock.calls.map(([r]) => new URL(r.url).pathname)
    expect(paths.filter((p) => p === '/api/v1/volunteer-imports/7')).toHaveLength(2)
    expect(paths.filter((p) => p === '/api/v1/volunteer-imports')).toHaveLength(2)

    button('修改文件后重新上传').click()
    await flushPromises()
    expect(button('开始导入').disabled).toBe(true) // choose the fixed file
  })

  it('shows the server’s verdict on the file beside the file chooser', async () => {
    startImportMock.mockRejectedValue(
      new ApiError({
        status: 400,
        title: '输入有误',
        errors: [{ field: 'file', message: '缺少必填列“姓名”；请使用导入模板。' }],
      }),
    )
    mountPage()
    await flushPromises()

    await chooseFile()
    button('开始导入').click()
    await flushPromises()

    expect(document.querySelector('.file-error')?.textContent).toBe('缺少必填列“姓名”；请使用导入模板。')
    expect(button('开始导入')).toBeTruthy() // still step 1
  })

  it('refuses a file that is not an .xlsx before sending it', async () => {
    mountPage()
    await flushPromises()

    await chooseFile('名册.xls')

    expect(document.querySelector('.file-error')?.textContent).toContain('请选择 .xlsx 格式的 Excel 文件')
    expect(button('开始导入').disabled).toBe(true)
    expect(startImportMock).not.toHaveBeenCalled()
  })
})
