import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import type { ApiKey, ApiKeyCreated } from '../api/types'
import ApiKeyList from './api-key-list.vue'

const SECRET = 'xh_Q2x9fA7mN3pR8sT1vW4yZ6bC0dE5gH2jK'

const KEY: ApiKey = {
  id: 7,
  name: '省关工委平台',
  organizationId: 14,
  organizationName: '兴安乡关工委',
  access: 'READ_ONLY',
  keyPrefix: 'xh_Q2x9fA7',
  createdAt: '2026-03-10T09:00:00+08:00',
  createdBy: 'city-admin',
  lastUsedAt: null,
  revokedAt: null,
  version: 3,
}
const CREATED: ApiKeyCreated = { key: SECRET, apiKey: { ...KEY, version: 0 } }
const page = (items: ApiKey[]) => Response.json({ items, page: 0, size: 20, total: items.length })

function mountList() {
  // Real transitions: a dialog's "closed" comes after its leave transition.
  return mount(ApiKeyList, {
    global: { plugins: [ElementPlus, i18n], stubs: { transition: false } },
    attachTo: document.body,
  })
}

const buttons = (text: string) => [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text)

async function click(text: string, index = 0) {
  const button = buttons(text)[index]
  if (!button) throw new Error(`no button ${text}`)
  button.click()
  await flushPromises()
}

function formItem(label: string) {
  const item = [...document.querySelectorAll('.el-form-item')].find(
    (i) => i.querySelector('.el-form-item__label')?.textContent?.trim() === label,
  )
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

const requests = (fetchMock: { mock: { calls: [Request][] } }, method: string, path: string) =>
  fetchMock.mock.calls.map(([r]) => r).filter((r) => r.method === method && new URL(r.url).pathname === path)

describe('API key list', () => {
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

  it('shows a new key once, in its dialog, and never in the list', async () => {
    let listed: ApiKey[] = []
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname
      if (path === '/api/v1/organizations') {
        return Response.json({ items: [{ id: 14, name: '兴安乡关工委', type: 'TOWNSHIP_COMMITTEE' }], page: 0, size: 20, total: 1 })
      }
      if (request.method === 'POST' && path === '/api/v1/api-keys') {
        listed = [CREATED.apiKey]
        return Response.json(CREATED, { status: 201 })
      }
      return page(listed)
    })
    const wrapper = mountList()
    await flushPromises()

    await click('新建密钥')
    ;(formItem('名称').querySelector('input') as HTMLInputElement).value = '省关工委平台'
    formItem('名称').querySelector('input')!.dispatchEvent(new Event('input'))
    ;(formItem('绑定组织').querySelector('.el-select__wrapper') as HTMLElement).click()
    await flushPromises()
    // The page's organization filter has a dropdown too: the dialog's opened last.
    const option = [...document.querySelectorAll('.el-select-dropdown__item')]
      .filter((o) => o.textContent?.includes('兴安乡关工委'))
      .pop()
    ;(option as HTMLElement).click()
    await flushPromises()
    await click('创建')

    expect(await requests(fetchMock, 'POST', '/api/v1/api-keys')[0]!.json()).toEqual({
      name: '省关工委平台',
      organizationId: 14,
      access: 'READ_ONLY',
    })
    const dialog = [...document.querySelectorAll('.el-dialog')].find((d) => d.textContent?.includes('接口密钥已创建'))
    expect(dialog?.querySelector('[data-testid="api-key-secret"]')?.textContent).toBe(SECRET)
    expect(dialog?.textContent).toContain('密钥只显示这一次，请立即妥善保存')

    // The list has the new key by its prefix only.
    const rows = wrapper.findAll('.el-table__body tr')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.text()).toContain('省关工委平台')
    expect(rows[0]!.text()).toContain('xh_Q2x9fA7')
    expect(rows[0]!.text()).not.toContain(SECRET)

    await click('我已保存')
    await vi.waitFor(() => expect(document.body.textContent).not.toContain(SECRET))
    expect(wrapper.text()).not.toContain(SECRET)
  })

  it('revokes after confirmation with the listed version in If-Match', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? Response.json({ ...KEY, revokedAt: '2026-03-11T10:00:00+08:00', version: 4 }, { headers: { ETag: '"4"' } })
        : page([KEY]),
    )
    const wrapper = mountList()
    await flushPromises()
    expect(wrapper.find('.el-table__body').text()).toContain('只读')

    await click('吊销')
    expect(document.querySelector('.el-message-box')?.textContent).toContain('吊销“省关工委平台”')
    const confirm = document.querySelector('.el-message-box .el-button--danger, .el-message-box .el-button--primary')
    ;(confirm as HTMLElement).click()
    await flushPromises()

    await vi.waitFor(() => expect(requests(fetchMock, 'POST', '/api/v1/api-keys/7/revoke')).toHaveLength(1))
    expect(requests(fetchMock, 'POST', '/api/v1/api-keys/7/revoke')[0]!.headers.get('If-Match')).toBe('"3"')
  })

  it('reports a stale version and reloads the list', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? new Response(JSON.stringify({ type: 'urn:xinhuo:problem:precondition-failed', title: 'x', status: 412 }), {
            status: 412,
            headers: { 'Content-Type': 'application/problem+json' },
          })
        : page([KEY]),
    )
    mountList()
    await flushPromises()

    await click('吊销')
    ;(document.querySelector('.el-message-box .el-button--danger, .el-message-box .el-button--primary') as HTMLElement).click()

    await vi.waitFor(() => expect(document.body.textContent).toContain('该记录已被他人修改，请刷新后重试'))
    expect(requests(fetchMock, 'GET', '/api/v1/api-keys')).toHaveLength(2)
  })

  it('says so when the key was revoked meanwhile, and reloads the list', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? new Response(JSON.stringify({ type: 'urn:xinhuo:problem:conflict', title: 'x', status: 409 }), {
            status: 409,
            headers: { 'Content-Type': 'application/problem+json' },
          })
        : page([KEY]),
    )
    mountList()
    await flushPromises()

    await click('吊销')
    ;(document.querySelector('.el-message-box .el-button--danger, .el-message-box .el-button--primary') as HTMLElement).click()

    await vi.waitFor(() => expect(document.body.textContent).toContain('“省关工委平台”已被吊销'))
    expect(requests(fetchMock, 'GET', '/api/v1/api-keys')).toHaveLength(2)
  })
})
