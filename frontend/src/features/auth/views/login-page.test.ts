import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n, setLocale } from '@/lib/i18n'
import { useSessionStore } from '@/lib/session/session-store'
import type { ApiMe } from '@/lib/session/types'
import LoginPage from './login-page.vue'

const Page = { render: () => null }

async function mountLogin(path = '/login') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', component: LoginPage },
      { path: '/:rest(.*)*', component: Page },
    ],
  })
  await router.push(path)
  const wrapper = mount(LoginPage, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
  return { wrapper, router }
}

async function submit(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], username: string, password: string) {
  const inputs = wrapper.findAll('input')
  await inputs[0]!.setValue(username)
  await inputs[1]!.setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

const CITY_ADMIN: ApiMe = {
  id: 1,
  username: 'city-admin',
  displayName: '市关工委管理员',
  organizationId: 1,
  organizationName: '五大连池市关工委',
  roles: ['ORG_ADMIN'],
  permissions: ['USER_READ'],
  scopeIsEverything: false,
  mustChangePassword: false,
  totpEnabled: false,
}

const problem = (status: number, detail: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'urn:xinhuo:problem:x', title: 'x', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })

describe('login page', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()

  beforeEach(() => {
    setLocale('zh-CN')
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    vi.useRealTimers()
    document.body.innerHTML = ''
  })

  it('shows the problem detail of a refused login and stays', async () => {
    fetchMock.mockResolvedValue(problem(401, '用户名或密码错误。'))
    const { wrapper, router } = await mountLogin()

    await submit(wrapper, 'city-admin', 'wrong')

    expect(wrapper.find('[role="alert"]').text()).toBe('用户名或密码错误。')
    expect(router.currentRoute.value.path).toBe('/login')
    expect(useSessionStore().isAuthenticated).toBe(false)
  })

  it('after too many attempts shows the wait from Retry-After and counts it down', async () => {
    fetchMock.mockResolvedValue(problem(429, '请求过于频繁，请 3 秒后再试。', { 'Retry-After': '3' }))
    const { wrapper } = await mountLogin()
    vi.useFakeTimers()

    await submit(wrapper, 'city-admin', 'wrong')

    expect(wrapper.find('[role="alert"]').text()).toBe('登录尝试过于频繁，请 3 秒后再试')
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeDefined()
    await vi.advanceTimersByTimeAsync(1000)
    expect(wrapper.find('[role="alert"]').text()).toBe('登录尝试过于频繁，请 2 秒后再试')
    await vi.advanceTimersByTimeAsync(2000)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('button[type="submit"]').attributes('disabled')).toBeUndefined()
  })

  it('shows the server text of a 429 without Retry-After', async () => {
    fetchMock.mockResolvedValue(problem(429, '请求过于频繁，请 42 秒后再试。'))
    const { wrapper } = await mountLogin()

    await submit(wrapper, 'city-admin', 'wrong')

    expect(wrapper.find('[role="alert"]').text()).toBe('请求过于频繁，请 42 秒后再试。')
  })

  it('starts the session and goes to the remembered page', async () => {
    fetchMock.mockResolvedValue(
      Response.json({
        accessToken: 'fresh-token-0123456789abcdef',
        tokenType: 'Bearer',
        expiresAt: '2026-03-10T16:00:00Z',
        idleTimeoutSeconds: 1800,
        user: CITY_ADMIN,
      }),
    )
    const { wrapper, router } = await mountLogin('/login?redirect=/users')

    await submit(wrapper, 'city-admin', 'Xinhuo@2016')

    const login = fetchMock.mock.calls[0]![0]
    expect(await login.json()).toEqual({ username: 'city-admin', password: 'Xinhuo@2016' })
    expect(login.headers.has('Authorization')).toBe(false)
    expect(useSessionStore().token).toBe('fresh-token-0123456789abcdef')
    expect(router.currentRoute.value.fullPath).toBe('/users')
  })
})
