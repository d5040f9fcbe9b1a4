import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n, setLocale } from '@/lib/i18n'
import { useSessionStore } from '@/lib/session/session-store'
import type { ApiMe } from '@/lib/session/types'
import type { Pair } from '../api/types'
import { lastKindStorageKey } from '../data'
import QuickRecordPage from './quick-record-page.vue'

const LEADER: ApiMe = {
  id: 4,
  username: 'zhongshan-leader',
  displayName: '钟山村关工小组组长',
  organizationId: 20,
  organizationName: '钟山村关工小组',
  roles: ['GROUP_LEADER'],
  permissions: ['ORGANIZATION_READ', 'PAIR_READ', 'ACTIVITY_RECORD'],
  scopeIsEverything: false,
  mustChangePassword: false,
  totpEnabled: false,
  totpEnrolmentRequired: false,
}

const pair = (id: number, beneficiaryName: string): Pair => ({
  id,
  organizationName: '钟山村关工小组',
  volunteerName: '冯林',
  beneficiaryName,
  type: 'AGRICULTURAL_GUIDANCE',
  status: 'ACTIVE',
  startedOn: '2026-01-01',
  lastActivityOn: null,
  activityCount: 0,
  totalHours: 0,
  version: 0,
})

const activity = { id: 1, pairId: 7, occurredOn: '2026-03-10', kind: 'HOME_VISIT', hours: 2, recordedBy: 'zhongshan-leader' }

async function mountPage(pairs: Pair[], path = '/pairs/record') {
  useSessionStore().start({
    accessToken: 'token-0123456789abcdefghijkl',
    tokenType: 'Bearer',
    expiresAt: '2026-03-10T16:00:00Z',
    idleTimeoutSeconds: 1800,
    user: LEADER,
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/pairs/record', component: QuickRecordPage },
      { path: '/pairs/:id', component: { render: () => null } },
      { path: '/pairs', component: { render: () => null } },
    ],
  })
  await router.push(path)
  const wrapper = mount(QuickRecordPage, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, pairs }
}

const radio = (name: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) => b.textContent?.includes(name))
const button = (text: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)

async function typeHours(value: string) {
  const input = document.querySelector<HTMLInputElement>('input[aria-label="时长（小时）"]')!
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('the quick record', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()
  const posts: Request[] = []

  beforeEach(() => {
    setLocale('zh-CN')
    vi.stubGlobal('fetch', fetchMock)
    posts.length = 0
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    localStorage.clear()
    document.body.innerHTML = ''
  })

  function serve(pairs: Pair[], answers: (() => Promise<Response>)[]) {
    fetchMock.mockImplementation(async (request) => {
      if (request.method === 'POST') {
        posts.push(request)
        const next = answers.shift()
        if (!next) throw new Error('unexpected POST')
        return next()
      }
      return Response.json({ items: pairs, page: 0, size: 200, total: pairs.length })
    })
  }

  it('chooses the only pair and the kind recorded last, so the leader only types the hours', async () => {
    localStorage.setItem(lastKindStorageKey(LEADER.id), 'SCHOOL_TRANSPORT')
    serve([pair(7, '魏平')], [])
    await mountPage([])

    expect(radio('魏平')?.getAttribute('aria-checked')).toBe('true')
    expect(radio('接送上学')?.getAttribute('aria-checked')).toBe('true')
    expect(radio('走访看望')?.getAttribute('aria-checked')).toBe('false')
  })

  it('leaves the choice to the leader when there are several pairs, unless the link names one', async () => {
    serve([pair(7, '魏平'), pair(8, '汤立军')], [])
    await mountPage([])
    expect(document.querySelectorAll('[role="radio"][aria-checked="true"]')).toHaveLength(0)

    document.body.innerHTML = ''
    await mountPage([], '/pairs/record?pairId=8')
    expect(radio('汤立军')?.getAttribute('aria-checked')).toBe('true')
  })

  it('sends one request for two quick presses, and remembers the kind', async () => {
    let release: (r: Response) => void = () => {}
    serve([pair(7, '魏平')], [() => new Promise<Response>((resolve) => (release = resolve))])
    await mountPage([])
    radio('走访看望')!.click()
    await typeHours('2')

    button('保存')!.click()
    button('保存')!.click()
    await flushPromises()
    expect(button('保存')?.disabled).toBe(true)
    release(Response.json(activity, { status: 201 }))
    await flushPromises()

    expect(posts).toHaveLength(1)
    expect(await posts[0]!.json()).toMatchObject({ kind: 'HOME_VISIT', hours: 2, distanceKm: null, notes: null })
    expect(localStorage.getItem(lastKindStorageKey(LEADER.id))).toBe('HOME_VISIT')
    expect(document.body.textContent).toContain('已记录')
  })

  it('retries a lost answer with the same Idempotency-Key and uses a new one for the next entry', async () => {
    serve(
      [pair(7, '魏平')],
      [
        () => Promise.reject(new TypeError('Failed to fetch')),
        async () => Response.json(activity, { status: 201 }),
        async () => Response.json({ ...activity, id: 2 }, { status: 201 }),
      ],
    )
    await mountPage([])
    radio('电话联系')!.click()
    await typeHours('1')

    button('保存')!.click()
    await flushPromises()
    expect(document.body.textContent).toContain('保存失败')

    button('重试')!.click()
    await flushPromises()
    expect(document.body.textContent).toContain('已记录')

    await typeHours('3')
    button('保存')!.click()
    await flushPromises()

    const keys = posts.map((p) => p.headers.get('Idempotency-Key'))
    expect(keys).toHaveLength(3)
    expect(keys[0]).toBeTruthy()
    expect(keys[1]).toBe(keys[0])
    expect(keys[2]).not.toBe(keys[0])
  })

  it('shows the server’s field errors beside the fields', async () => {
    serve(
      [pair(7, '魏平')],
      [
        async () =>
          new Response(
            JSON.stringify({
              type: 'urn:xinhuo:problem:validation',
              title: '请求参数有误',
              status: 400,
              errors: [{ field: 'recordActivity.form.hours', message: '须不小于 0.25' }],
            }),
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          ),
      ],
    )
    await mountPage([])
    radio('走访看望')!.click()
    button('保存')!.click()
    await flushPromises()
    expect(document.querySelector('.hours-field .error')?.textContent).toBe('须不小于 0.25')
  })
})
