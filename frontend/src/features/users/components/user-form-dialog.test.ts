import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import type { User } from '../api/types'
import UserFormDialog, { type UserFormTarget } from './user-form-dialog.vue'

const leader: User = {
  id: 4,
  username: 'zhongshan-leader',
  displayName: '钟山村关工小组组长',
  phone: '13800000004',
  organizationId: 108,
  organizationName: '钟山村关工小组',
  roles: ['GROUP_LEADER'],
  enabled: true,
  mustChangePassword: false,
  totpEnabled: false,
  failedAttempts: 0,
  lockedUntil: null,
  lastLoginAt: null,
  version: 3,
}

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, title: 'x', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

function mountDialog(target: UserFormTarget) {
  return mount(UserFormDialog, {
    props: { target, ownRoles: ['ORG_ADMIN'], selfId: 1 },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  })
}

function formItem(label: string) {
  const item = [...document.querySelectorAll('.el-form-item')].find(
    (i) => i.querySelector('.el-form-item__label')?.textContent?.trim() === label,
  )
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

async function clickSave() {
  const save = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === '保存')
  save?.click()
  await flushPromises()
}

describe('UserFormDialog', () => {
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

  it('offers no role above the administrator’s own', async () => {
    fetchMock.mockResolvedValue(Response.json({ items: [], page: 0, size: 20, total: 0 }))
    mountDialog({ mode: 'create' })
    await flushPromises()

    const roles = [...formItem('角色').querySelectorAll('.el-checkbox__label')].map((l) => l.textContent?.trim())
    expect(roles).toEqual(['管理员', '小组组长', '接口客户端', '只读'])
  })

  it('shows the server’s verdict on the username field', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? problem(409, { errors: [{ field: 'username', message: '用户名已被使用。' }] })
        : Response.json({ items: [], page: 0, size: 20, total: 0 }),
    )
    mountDialog({ mode: 'create' })
    await flushPromises()

    await clickSave()

    await vi.waitFor(() =>
      expect(formItem('用户名').querySelector('.el-form-item__error')?.textContent?.trim()).toBe('用户名已被使用。'),
    )
  })

  it('edits the user as read, with its version in If-Match, and reports a conflict as stale', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname
      if (request.method === 'GET' && path === '/api/v1/users/4') return Response.json(leader)
      if (request.method === 'GET') return Response.json({ items: [], page: 0, size: 20, total: 0 })
      return problem(412, { title: 'Precondition Failed' })
    })
    const wrapper = mountDialog({ mode: 'edit', id: 4 })
    await flushPromises()
    expect((formItem('手机号').querySelector('input') as HTMLInputElement).value).toBe('13800000004')

    await clickSave()

    const put = fetchMock.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')
    expect(put?.headers.get('If-Match')).toBe('"3"')
    expect(await put?.json()).toEqual({
      displayName: '钟山村关工小组组长',
      phone: '13800000004',
      organizationId: 108,
      roles: ['GROUP_LEADER'],
      enabled: true,
    })
    expect(wrapper.emitted('stale')).toEqual([[4]])
    expect(document.body.textContent).toContain('该记录已被他人修改，请刷新后重试')
  })
})
