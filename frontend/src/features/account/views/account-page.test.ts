import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n, setLocale } from '@/lib/i18n'
import { useSessionStore } from '@/lib/session/session-store'
import type { ApiMe } from '@/lib/session/types'
import AccountPage from './account-page.vue'

const ME: ApiMe = {
  id: 2,
  username: 'xingan-admin',
  displayName: '兴安乡关工委管理员',
  organizationId: 14,
  organizationName: '兴安乡关工委',
  roles: ['ORG_ADMIN'],
  permissions: ['ORGANIZATION_READ', 'API_KEY_MANAGE'],
  scopeIsEverything: false,
  mustChangePassword: false,
  totpEnabled: false,
  totpEnrolmentRequired: false,
}
const SETUP = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Xinhuo%3Axingan-admin?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Xinhuo',
}

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ type: 'urn:xinhuo:problem:validation', title: '请求参数有误', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

async function mountPage(path = '/account') {
  useSessionStore().start({
    accessToken: 'token-0123456789abcdefghijkl',
    tokenType: 'Bearer',
    expiresAt: '2026-03-10T16:00:00Z',
    idleTimeoutSeconds: 1800,
    user: ME,
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/account', name: 'account', component: AccountPage },
      { path: '/change-password', name: 'change-password', component: { render: () => null } },
      { path: '/other', name: 'other', component: { render: () => null } },
    ],
  })
  await router.push(path)
  return mount(AccountPage, { global: { plugins: [ElementPlus, i18n, router] }, attachTo: document.body })
}

function formItem(label: string) {
  return [...document.querySelectorAll('.el-form-item')].find(
    (i) => i.querySelector('.el-form-item__label')?.textContent?.trim() === label,
  )
}

async function clickButton(text: string) {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
  if (!button) throw new Error(`no button ${text}`)
  button.click()
  await flushPromises()
}

async function enterCode(code: string) {
  const input = formItem('动态验证码')!.querySelector('input')!
  input.value = code
  input.dispatchEvent(new Event('input'))
  await clickButton('确认开启')
}

describe('account page: turning the second factor on', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()

  beforeEach(() => {
    setLocale('zh-CN')
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the QR code and secret, puts a wrong code’s message on the field, and turns on with a right one', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname
      if (path === '/api/v1/auth/totp/setup') return Response.json(SETUP)
      const { code } = (await request.json()) as { code: string }
      return code === '123456'
        ? Response.json({ ...ME, totpEnabled: true })
        : problem(400, { errors: [{ field: 'code', message: '动态验证码不正确。' }] })
    })
    const wrapper = await mountPage()
    expect(wrapper.find('[data-testid="totp-status"]').text()).toBe('未开启')

    await clickButton('开启双因素认证')
    await vi.waitFor(() => expect(wrapper.find('img').attributes('src')).toMatch(/^data:image\/svg\+xml/))
    expect(wrapper.find('[data-testid="totp-secret"]').text()).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')

    await enterCode('000000')

    await vi.waitFor(() =>
      expect(formItem('动态验证码')?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('动态验证码不正确。'),
    )
    expect(useSessionStore().user?.totpEnabled).toBe(false)
    expect(wrapper.find('[data-testid="totp-status"]').text()).toBe('未开启')

    await enterCode('123456')

    const enable = fetchMock.mock.calls.map(([r]) => r).filter((r) => new URL(r.url).pathname === '/api/v1/auth/totp/enable')
    expect(enable).toHaveLength(2)
    expect(useSessionStore().user?.totpEnabled).toBe(true)
    expect(wrapper.find('[data-testid="totp-status"]').text()).toBe('已开启')
    expect(wrapper.find('[data-testid="totp-secret"]').exists()).toBe(false)
  })

  it('tells an administrator who must enrol first (A3), and once it is on goes on to the page wanted', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname
      if (path === '/api/v1/auth/totp/setup') return Response.json(SETUP)
      return Response.json({ ...ME, totpEnabled: true, totpEnrolmentRequired: false })
    })
    const wrapper = await mountPage('/account?redirect=%2Fother%3Fx%3D1')
    useSessionStore().setUser({ ...ME, totpEnrolmentRequired: true })
    await flushPromises()
    expect(wrapper.find('[data-testid="totp-required"]').text()).toContain('管理员账号使用双因素认证')

    await clickButton('开启双因素认证')
    await vi.waitFor(() => expect(wrapper.find('img').exists()).toBe(true))
    await enterCode('123456')

    expect(useSessionStore().mustEnrolTotp).toBe(false)
    expect(wrapper.find('[data-testid="totp-required"]').exists()).toBe(false)
    await vi.waitFor(() => expect(wrapper.vm.$router.currentRoute.value.fullPath).toBe('/other?x=1'))
  })

  it('turns it off with the current password, showing a wrong one on its field', async () => {
    fetchMock.mockImplementation(async (request) => {
      const { currentPassword } = (await request.json()) as { currentPassword: string }
      return currentPassword === 'Xinhuo@2016'
        ? Response.json(ME)
        : problem(400, { errors: [{ field: 'currentPassword', message: '当前密码不正确。' }] })
    })
    const wrapper = await mountPage()
    useSessionStore().setUser({ ...ME, totpEnabled: true })
    await flushPromises()

    await clickButton('关闭双因素认证')
    const input = () => formItem('当前密码')!.querySelector('input')!
    input().value = 'wrong'
    input().dispatchEvent(new Event('input'))
    await clickButton('确认关闭')
    await vi.waitFor(() =>
      expect(formItem('当前密码')?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('当前密码不正确。'),
    )

    input().value = 'Xinhuo@2016'
    input().dispatchEvent(new Event('input'))
    await clickButton('确认关闭')

    expect(useSessionStore().user?.totpEnabled).toBe(false)
    expect(wrapper.find('[data-testid="totp-status"]').text()).toBe('未开启')
  })

  it('links the password change, coming back here', async () => {
    const wrapper = await mountPage()
    expect(wrapper.find('a[href="/change-password?redirect=/account"]').text()).toBe('修改密码')
  })
})
