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
  totpEnrolmentRequired: false,
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

describe('login page with a second factor', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()
  const totpRequired = () =>
    new Response(
      JSON.stringify({
        type: 'urn:xinhuo:problem:totp-required',
        title: '需要动态验证码',
        status: 401,
        detail: '请输入身份验证器中的六位动态验证码。',
      }),
      { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
    )
  const loggedIn = () =>
    Response.json({
      accessToken: 'fresh-token-0123456789abcdef',
      tokenType: 'Bearer',
      expiresAt: '2026-03-10T16:00:00Z',
      idleTimeoutSeconds: 1800,
      user: { ...CITY_ADMIN, totpEnabled: true },
    })
  const codeField = () =>
    [...document.querySelectorAll('.el-form-item')].find(
      (i) => i.querySelector('.el-form-item__label')?.textContent?.trim() === '动态验证码',
    )

  beforeEach(() => {
    setLocale('zh-CN')
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  async function enterCode(wrapper: Awaited<ReturnType<typeof mountLogin>>['wrapper'], code: string) {
    await wrapper.find('input[autocomplete="one-time-code"]').setValue(code)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
  }

  it('asks for the code after a correct password and logs in with username, password and code', async () => {
    fetchMock.mockResolvedValueOnce(totpRequired()).mockResolvedValueOnce(loggedIn())
    const { wrapper, router } = await mountLogin('/login?redirect=/users')
    expect(codeField()).toBeUndefined()

    await submit(wrapper, 'city-admin', 'Xinhuo@2016')

    expect(codeField()).toBeDefined()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(useSessionStore().isAuthenticated).toBe(false)
    expect(await fetchMock.mock.calls[0]![0].json()).toEqual({ username: 'city-admin', password: 'Xinhuo@2016' })

    await enterCode(wrapper, '123456')

    expect(await fetchMock.mock.calls[1]![0].json()).toEqual({
      username: 'city-admin',
      password: 'Xinhuo@2016',
      totpCode: '123456',
    })
    expect(useSessionStore().user?.totpEnabled).toBe(true)
    expect(router.currentRoute.value.fullPath).toBe('/users')
  })

  it('shows the refusal of a wrong code and keeps the password for the next one', async () => {
    fetchMock
      .mockResolvedValueOnce(totpRequired())
      .mockResolvedValueOnce(problem(401, '用户名或密码错误。'))
      .mockResolvedValueOnce(loggedIn())
    const { wrapper, router } = await mountLogin()
    await submit(wrapper, 'city-admin', 'Xinhuo@2016')

    await enterCode(wrapper, '000000')

    expect(wrapper.find('[role="alert"]').text()).toBe('用户名或密码错误。')
    expect(codeField()).toBeDefined()
    expect((wrapper.find('input[autocomplete="one-time-code"]').element as HTMLInputElement).value).toBe('')

    await enterCode(wrapper, '654321')

    expect(await fetchMock.mock.calls[2]![0].json()).toEqual({
      username: 'city-admin',
      password: 'Xinhuo@2016',
      totpCode: '654321',
    })
    expect(router.currentRoute.value.fullPath).toBe('/')
  })

  it('checks the code is six digits before sending it', async () => {
    fetchMock.mockResolvedValueOnce(totpRequired())
    const { wrapper } = await mountLogin()
    await submit(wrapper, 'city-admin', 'Xinhuo@2016')

    await enterCode(wrapper, '12a4')

    await vi.waitFor(() =>
      expect(codeField()?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('请输入 6 位数字验证码'),
    )
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})
