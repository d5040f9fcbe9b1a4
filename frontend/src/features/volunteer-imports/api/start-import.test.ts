import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError } from '@/lib/api/problem'
import { setSessionNavigation } from '@/lib/session/session-navigation'
import { useSessionStore } from '@/lib/session/session-store'
import { startImport, XLSX_MEDIA_TYPE, type UploadProgress } from './start-import'

const TOKEN = 'token-aaaaaaaaaaaaaaaaaaaaaaaa'

/** Stands in for XMLHttpRequest: records the request, answers as the test says. */
class FakeXhr {
  static last: FakeXhr
  method = ''
  url = ''
  headers: Record<string, string> = {}
  body: unknown
  status = 0
  responseText = ''
  responseHeaders: Record<string, string> = {}
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  ontimeout: (() => void) | null = null

  constructor() {
    FakeXhr.last = this
  }
  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null
  }
  send(body: unknown) {
    this.body = body
  }
  /** The server's answer. */
  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status
    this.responseText = JSON.stringify(body)
    this.responseHeaders = headers
    this.onload?.()
  }
}

function login(): void {
  useSessionStore().start({
    accessToken: TOKEN,
    tokenType: 'Bearer',
    expiresAt: '2026-03-10T16:00:00Z',
    idleTimeoutSeconds: 1800,
    user: {
      id: 2,
      username: 'xingan-admin',
      displayName: '兴安乡关工委管理员',
      organizationId: 14,
      organizationName: '兴安乡关工委',
      permissions: ['VOLUNTEER_WRITE'],
      roles: ['ORG_ADMIN'],
      scopeIsEverything: false,
      mustChangePassword: false,
      totpEnabled: false,
      totpEnrolmentRequired: false,
    },
  })
}

const roster = () => new File([new Uint8Array([0x50, 0x4b, 3, 4])], '名册.xlsx', { type: XLSX_MEDIA_TYPE })
const OPTIONS = { validRowsOnly: true, confirmPossibleDuplicates: false }

describe('startImport', () => {
  const toLogin = vi.fn()

  beforeEach(() => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    setSessionNavigation({ toLogin, toPasswordChange: vi.fn(), toTotpEnrolment: vi.fn() })
    login()
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    toLogin.mockReset()
  })

  it('posts the workbook as the body with the options, the token and the language, and reports the upload', async () => {
    const progress: UploadProgress[] = []
    const file = roster()
    const started = startImport(file, '名册.xlsx', OPTIONS, (p) => progress.push(p))
    const xhr = FakeXhr.last

    expect(xhr.method).toBe('POST')
    const url = new URL(xhr.url)
    expect(url.pathname).toBe('/api/v1/volunteer-imports')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      validRowsOnly: 'true',
      confirmPossibleDuplicates: 'false',
      fileName: '名册.xlsx',
    })
    expect(xhr.headers['Content-Type']).toBe(XLSX_MEDIA_TYPE)
    expect(xhr.headers.Authorization).toBe(`Bearer ${TOKEN}`)
    expect(xhr.headers['Accept-Language']).toBe('zh-CN')
    expect(xhr.body).toBe(file)

    xhr.upload.onprogress?.({ loaded: 2, total: 4, lengthComputable: true } as ProgressEvent)
    expect(progress).toEqual([{ loaded: 2, total: 4 }])

    xhr.answer(202, { id: 7, status: 'RUNNING', totalRows: 3, processedRows: 0 })
    await expect(started).resolves.toMatchObject({ id: 7, status: 'RUNNING' })
  })

  it('throws the server’s problem, with its messages about the file', async () => {
    const started = startImport(roster(), '名册.xlsx', OPTIONS)
    FakeXhr.last.answer(400, {
      type: 'urn:xinhuo:problem:validation',
      title: '输入有误',
      status: 400,
      errors: [{ field: 'file', message: '缺少必填列“姓名”；请使用导入模板。' }],
    })
    const error = await started.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problem.errors).toEqual([{ field: 'file', message: '缺少必填列“姓名”；请使用导入模板。' }])
  })

  it('passes on how long to wait after too many imports', async () => {
    const started = startImport(roster(), '名册.xlsx', OPTIONS)
    FakeXhr.last.answer(429, { title: '请求过于频繁', status: 429 }, { 'Retry-After': '42' })
    const error = (await started.catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(429)
    expect(error.retryAfterSeconds).toBe(42)
  })

  it('ends the session when the server refuses its token', async () => {
    const started = startImport(roster(), '名册.xlsx', OPTIONS)
    FakeXhr.last.answer(401, { type: 'urn:xinhuo:problem:unauthorized', title: 'x', status: 401 })
    await expect(started).rejects.toBeInstanceOf(ApiError)
    expect(useSessionStore().token).toBeNull()
    expect(useSessionStore().endReason).toBe('expired')
    expect(toLogin).toHaveBeenCalledOnce()
  })

  it('keeps a session whose token was refreshed while the file was on its way', async () => {
    const started = startImport(roster(), '名册.xlsx', OPTIONS)
    const session = useSessionStore()
    session.token = 'token-bbbbbbbbbbbbbbbbbbbbbbbb'
    FakeXhr.last.answer(401, { title: 'x', status: 401 })
    await expect(started).rejects.toBeInstanceOf(ApiError)
    expect(session.token).toBe('token-bbbbbbbbbbbbbbbbbbbbbbbb')
    expect(toLogin).not.toHaveBeenCalled()
  })

  it('throws a network error when there is no answer', async () => {
    const started = startImport(roster(), '名册.xlsx', OPTIONS)
    FakeXhr.last.onerror?.()
    await expect(started).rejects.toBeInstanceOf(NetworkError)
  })
})
