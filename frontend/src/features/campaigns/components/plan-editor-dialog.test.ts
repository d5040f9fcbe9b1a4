import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import { useSessionStore } from '@/lib/session/session-store'
import type { ApiMe } from '@/lib/session/types'
import type { Campaign } from '../api/types'
import PlanEditorDialog from './plan-editor-dialog.vue'

const ADMIN: ApiMe = {
  id: 1,
  username: 'city-admin',
  displayName: '市关工委管理员',
  organizationId: 1,
  organizationName: '五大连池市关工委',
  roles: ['ORG_ADMIN'],
  permissions: ['ASSESSMENT_READ', 'ASSESSMENT_WRITE', 'ASSESSMENT_MANAGE'],
  scopeIsEverything: false,
  mustChangePassword: false,
  totpEnabled: false,
  totpEnrolmentRequired: false,
}

const PLAN: Campaign = {
  id: 2,
  organizationId: 1,
  organizationName: '五大连池市关工委',
  name: '第二个“五好”创建三年规划（2014—2016）',
  startYear: 2014,
  endYear: 2016,
  targets: [
    { year: 2014, organizationType: 'VILLAGE_GROUP', target: 15 },
    { year: 2016, organizationType: 'VILLAGE_GROUP', target: 8 },
  ],
  version: 3,
}

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, title: '参数不合法', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
const rowErrors = (row: number) =>
  [...document.querySelectorAll(`.target-row[data-row="${row}"] .el-form-item__error`)].map((e) => e.textContent?.trim())

describe('PlanEditorDialog', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()
  const requests: { method: string; ifMatch: string | null; body: unknown }[] = []

  beforeEach(() => {
    setLocale('zh-CN')
    vi.stubGlobal('fetch', fetchMock)
    useSessionStore().start({
      accessToken: 'token-0123456789abcdefghijkl',
      tokenType: 'Bearer',
      expiresAt: '2026-05-10T16:00:00Z',
      idleTimeoutSeconds: 1800,
      user: ADMIN,
    })
  })

  afterEach(() => {
    fetchMock.mockReset()
    requests.length = 0
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function mountEditor(onSave: (body: unknown) => Response) {
    fetchMock.mockImplementation(async (request) => {
      if (request.method === 'PUT' || request.method === 'POST') {
        const body = await request.json()
        requests.push({ method: request.method, ifMatch: request.headers.get('If-Match'), body })
        return onSave(body)
      }
      return Response.json({ items: [], page: 0, size: 20, total: 0 })
    })
    const wrapper = mount(PlanEditorDialog, {
      props: { plan: PLAN },
      global: { plugins: [ElementPlus, i18n] },
      attachTo: document.body,
    })
    await flushPromises()
    return wrapper
  }

  it('shows a target’s server errors at its row, the others at their fields', async () => {
    const wrapper = await mountEditor(() =>
      problem(400, {
        errors: [
          { field: 'update.form.targets[1].year', message: '年度须在规划年度之内。' },
          { field: 'endYear', message: '规划最长五年。' },
        ],
      }),
    )
    ;(button('确定') as HTMLElement).click()
    await vi.waitFor(() => expect(rowErrors(1)).toEqual(['年度须在规划年度之内。']))
    expect(rowErrors(0)).toEqual([])
    expect(document.body.textContent).toContain('规划最长五年。')
    expect(requests[0]).toMatchObject({ method: 'PUT', ifMatch: '"3"', body: { name: PLAN.name, targets: PLAN.targets } })
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('adds and removes target rows, and sends what is left', async () => {
    const wrapper = await mountEditor((body) => Response.json({ ...PLAN, ...(body as object), version: 4 }))
    ;(button('添加目标') as HTMLElement).click()
    await flushPromises()
    expect(document.querySelectorAll('.target-row')).toHaveLength(3)
    ;(document.querySelector('.target-row[data-row="0"] .remove') as HTMLElement).click()
    await flushPromises()
    expect(document.querySelectorAll('.target-row')).toHaveLength(2)
    ;(button('确定') as HTMLElement).click()
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect((requests[0]!.body as Campaign).targets).toEqual([
      { year: 2016, organizationType: 'VILLAGE_GROUP', target: 8 },
      { year: 2016, organizationType: 'VILLAGE_GROUP', target: undefined },
    ])
  })
})
