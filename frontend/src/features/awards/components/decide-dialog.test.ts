import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import { useSessionStore } from '@/lib/session/session-store'
import type { ApiMe } from '@/lib/session/types'
import type { Award, Evaluation } from '../api/types'
import DecideDialog from './decide-dialog.vue'

const ADMIN: ApiMe = {
  id: 1,
  username: 'city-admin',
  displayName: '市关工委管理员',
  organizationId: 1,
  organizationName: '五大连池市关工委',
  roles: ['ORG_ADMIN'],
  permissions: ['ASSESSMENT_READ', 'ASSESSMENT_WRITE'],
  scopeIsEverything: false,
  mustChangePassword: false,
  totpEnabled: false,
  totpEnrolmentRequired: false,
}

const ORGANIZATION = { id: 9, name: '兴安中学关工组织' }

const step = (id: number, kind: Award['kind'], evaluationId: number, occurredOn: string): Award => ({
  id,
  organizationId: 9,
  organizationName: ORGANIZATION.name,
  organizationType: 'SCHOOL_GROUP',
  kind,
  occurredOn,
  decidedBy: '五大连池市关工委',
  evaluationId,
  evaluationKind: kind === 'AWARDED' ? 'SELF_CHECK' : 'RECHECK',
  evaluatedOn: occurredOn,
  evaluationPassed: kind === 'AWARDED',
  evaluationTotal: kind === 'AWARDED' ? 88 : 62,
  reason: null,
})

const evaluation = (
  id: number,
  kind: Evaluation['kind'],
  passed: boolean,
  evaluatedOn: string,
  total: number,
  templateKind: Evaluation['templateKind'] = 'FIVE_GOOD',
): Evaluation => ({
  id,
  organizationId: 9,
  organizationName: ORGANIZATION.name,
  templateId: templateKind === 'FIVE_GOOD' ? 3 : 4,
  templateName: templateKind === 'FIVE_GOOD' ? '五好基层关工组织评分表' : '党建带关工考核表',
  templateKind,
  templateVersionNo: 1,
  kind,
  evaluatedOn,
  evaluators: null,
  scores: [],
  comment: null,
  criterionTotals: [],
  evidence: [],
  sheet: { criteria: [], maxTotal: 100, passTotal: 80, passPerCriterion: 12, current: true, inScope: true },
  total,
  passed,
  status: 'CONFIRMED',
  version: 2,
})

const EVALUATIONS = [
  // A 党建带关工 sheet's evaluations are never offered, passing or failed.
  evaluation(15, 'YEAR_END_OVERALL', true, '2026-04-28', 92, 'PARTY_BUILDING'),
  evaluation(14, 'SPOT_CHECK', false, '2026-04-25', 50, 'PARTY_BUILDING'),
  evaluation(13, 'RECHECK', false, '2026-04-20', 58),
  evaluation(12, 'RECHECK', false, '2026-03-20', 62),
  evaluation(11, 'SELF_CHECK', true, '2026-02-20', 88),
  evaluation(10, 'SELF_CHECK', false, '2026-01-20', 40),
]

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, title: 'x', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

function formItem(label: string) {
  const item = [...document.querySelectorAll('.el-form-item')].find(
    (i) => i.querySelector('.el-form-item__label')?.textContent?.trim() === label,
  )
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

const errorOf = (label: string) => formItem(label).querySelector('.el-form-item__error')?.textContent?.trim()
const radios = () => [...document.querySelectorAll('.el-radio')].map((r) => r.textContent?.trim())
const options = () => [...document.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent?.trim())

async function click(element: Element | undefined) {
  if (!element) throw new Error('nothing to click')
  ;(element as HTMLElement).click()
  await flushPromises()
}

const radio = (text: string) => [...document.querySelectorAll('.el-radio')].find((r) => r.textContent?.trim() === text)
const option = (text: string) => [...document.querySelectorAll('.el-select-dropdown__item')].find((o) => o.textContent?.includes(text))
const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)

describe('DecideDialog', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()
  const posts: unknown[] = []

  function serve(history: Award[], onPost: (body: unknown) => Response) {
    fetchMock.mockImplementation(async (request) => {
      const url = new URL(request.url)
      if (request.method === 'POST') {
        const body = await request.json()
        posts.push(body)
        return onPost(body)
      }
      if (url.pathname === '/api/v1/awards') return Response.json({ items: history, page: 0, size: 200, total: history.length })
      if (url.pathname === '/api/v1/evaluations') {
        expect(url.searchParams.get('organizationId')).toBe('9')
        expect(url.searchParams.get('status')).toBe('CONFIRMED')
        return Response.json({ items: EVALUATIONS, page: 0, size: 200, total: EVALUATIONS.length })
      }
      return Response.json({ items: [], page: 0, size: 20, total: 0 })
    })
  }

  async function mountDialog() {
    const wrapper = mount(DecideDialog, {
      props: { organization: ORGANIZATION },
      global: { plugins: [ElementPlus, i18n], stubs: { 'router-link': true } },
      attachTo: document.body,
    })
    await flushPromises()
    return wrapper
  }

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
    posts.length = 0
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers 授牌 on a passing evaluation to an organization without the title, decided by the user', async () => {
    serve([], () => Response.json(step(1, 'AWARDED', 11, '2026-05-01'), { status: 201 }))
    const wrapper = await mountDialog()

    expect(formItem('当前状态').textContent).toContain('未获授牌')
    expect(radios()).toEqual(['授牌'])
    expect(options()).toEqual(['自查 2026-02-20 · 88 分 · 达标五好基层关工组织评分表'])
    expect(formItem('决定单位/人').querySelector('input')!.value).toBe('市关工委管理员')

    await click(option('自查 2026-02-20'))
    await click(button('确定'))

    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(posts[0]).toMatchObject({ organizationId: 9, kind: 'AWARDED', evaluationId: 11, decidedBy: '市关工委管理员', reason: null })
  })

  it('offers a warned holder 滑坡警告 and 摘牌 on the failed rechecks not yet used, and shows the server’s errors at the fields', async () => {
    serve([step(1, 'AWARDED', 11, '2026-03-01'), step(2, 'WARNED', 12, '2026-04-01')], (body) =>
      (body as { reason: unknown }).reason === null
        ? problem(400, { errors: [{ field: 'reason', message: '摘牌须说明原因。' }] })
        : problem(409, { errors: [{ field: 'evaluationId', message: '这次考核已用于另一项决定。' }] }),
    )
    const wrapper = await mountDialog()

    expect(formItem('当前状态').textContent).toContain('已滑坡警告')
    expect(radios()).toEqual(['滑坡警告', '摘牌'])
    expect(options()).toEqual(['复查 2026-04-20 · 58 分 · 未达标五好基层关工组织评分表'])

    await click(radio('摘牌'))
    await click(option('复查 2026-04-20'))
    await click(button('确定'))
    await vi.waitFor(() => expect(errorOf('原因')).toBe('摘牌须说明原因。'))
    expect(posts[0]).toMatchObject({ kind: 'REVOKED', evaluationId: 13, reason: null })

    const reason = formItem('原因').querySelector('textarea')!
    reason.value = '连续两次复查未达标'
    reason.dispatchEvent(new Event('input'))
    await click(button('确定'))
    await vi.waitFor(() => expect(errorOf('依据考核')).toBe('这次考核已用于另一项决定。'))
    expect(errorOf('原因')).toBeUndefined()
    expect(posts[1]).toMatchObject({ kind: 'REVOKED', evaluationId: 13, reason: '连续两次复查未达标' })
    expect(wrapper.emitted('saved')).toBeUndefined()
  })
})
