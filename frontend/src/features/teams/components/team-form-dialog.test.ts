import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import type { Team } from '../api/types'
import TeamFormDialog, { type TeamFormTarget } from './team-form-dialog.vue'

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, title: 'x', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

const team: Team = {
  id: 7,
  organizationId: 14,
  organizationName: '兴安乡关工委',
  type: 'CARE',
  name: '兴安乡五老关爱团',
  leaderId: 42,
  leaderName: '冯林',
  establishedOn: '2012-03-01',
  memberCount: 4,
  version: 3,
}

function mountDialog(target: TeamFormTarget) {
  return mount(TeamFormDialog, { props: { target }, global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
}

function formItem(label: string) {
  const item = [...document.querySelectorAll('.el-form-item')].find(
    (i) => i.querySelector('.el-form-item__label')?.textContent?.trim() === label,
  )
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

const errorOf = (label: string) => formItem(label).querySelector('.el-form-item__error')?.textContent?.trim()

async function clickButton(text: string) {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
  if (!button) throw new Error(`no button ${text}`)
  button.click()
  await flushPromises()
}

describe('TeamFormDialog', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()
  const emptyPage = () => Response.json({ items: [], page: 0, size: 20, total: 0 })

  beforeEach(() => {
    setLocale('zh-CN')
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server’s validation errors on the form items', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? problem(400, {
            type: 'urn:xinhuo:problem:validation',
            errors: [
              { field: 'name', message: '不能为空' },
              { field: 'organizationId', message: '请选择所属组织' },
              { field: 'create.body.type', message: '不能为null' },
            ],
          })
        : emptyPage(),
    )
    const wrapper = mountDialog({ mode: 'create' })
    await flushPromises()

    await clickButton('保存')

    await vi.waitFor(() => expect(errorOf('名称')).toBe('不能为空'))
    expect(errorOf('所属组织')).toBe('请选择所属组织')
    expect(errorOf('类型')).toBe('不能为null')
    expect(errorOf('负责人')).toBeUndefined()
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('sends the version read as If-Match and the record’s values when editing', async () => {
    const puts: Request[] = []
    const bodies: unknown[] = []
    fetchMock.mockImplementation(async (request) => {
      if (request.method !== 'PUT') return emptyPage()
      puts.push(request)
      bodies.push(await request.json())
      return Response.json({ ...team, version: 4 })
    })
    const wrapper = mountDialog({ mode: 'edit', team })
    await flushPromises()
    expect(formItem('名称').querySelector('input')!.value).toBe('兴安乡五老关爱团')

    await clickButton('保存')

    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(new URL(puts[0]!.url).pathname).toBe('/api/v1/teams/7')
    expect(puts[0]!.headers.get('If-Match')).toBe('"3"')
    expect(bodies[0]).toEqual({
      organizationId: 14,
      type: 'CARE',
      name: '兴安乡五老关爱团',
      leaderId: 42,
      establishedOn: '2012-03-01',
    })
  })

  it('searches the leader within the chosen organization’s subtree', async () => {
    fetchMock.mockImplementation(async () => emptyPage())
    mountDialog({ mode: 'edit', team })
    await flushPromises()

    const searches = fetchMock.mock.calls.map(([r]) => new URL(r.url)).filter((u) => u.pathname === '/api/v1/volunteers')
    expect(searches.length).toBeGreaterThan(0)
    expect(searches.every((u) => u.searchParams.get('within') === '14')).toBe(true)
  })

  it('tells the caller to reload when someone else saved first (412)', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'PUT' ? problem(412, { type: 'urn:xinhuo:problem:precondition-failed' }) : emptyPage(),
    )
    const wrapper = mountDialog({ mode: 'edit', team })
    await flushPromises()

    await clickButton('保存')

    await vi.waitFor(() => expect(wrapper.emitted('stale')).toHaveLength(1))
    expect(wrapper.emitted('saved')).toBeUndefined()
  })
})
