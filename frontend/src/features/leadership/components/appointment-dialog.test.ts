import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import type { TeamOrganization } from '../api/types'
import AppointmentDialog from './appointment-dialog.vue'

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, title: 'x', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

const village: TeamOrganization = { id: 15, name: '钟山村关工小组', type: 'VILLAGE_GROUP' }
const township: TeamOrganization = { id: 14, name: '兴安乡关工委', type: 'TOWNSHIP_COMMITTEE' }

function mountDialog(organization = village) {
  return mount(AppointmentDialog, { props: { organization }, global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
}

function formItem(label: string) {
  const item = [...document.querySelectorAll('.el-form-item')].find(
    (i) => i.querySelector('.el-form-item__label')?.textContent?.trim() === label,
  )
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

const errorOf = (label: string) => formItem(label).querySelector('.el-form-item__error')?.textContent?.trim()
const roleLabels = () => [...formItem('职务').querySelectorAll('.el-radio')].map((r) => r.textContent?.trim())

async function clickButton(text: string) {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
  if (!button) throw new Error(`no button ${text}`)
  button.click()
  await flushPromises()
}

describe('AppointmentDialog', () => {
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

  it('offers a group the group seats and a committee the committee seats', async () => {
    fetchMock.mockImplementation(async () => emptyPage())
    mountDialog(village)
    await flushPromises()
    expect(roleLabels()).toEqual(['组长', '常务副组长', '副组长', '成员'])
    document.body.innerHTML = ''

    mountDialog(township)
    await flushPromises()
    expect(roleLabels()).toEqual(['主任', '常务副主任', '副主任', '秘书长', '成员'])
  })

  it('shows the server’s field errors beside the fields (an end before the start, a seat that does not fit)', async () => {
    const bodies: unknown[] = []
    fetchMock.mockImplementation(async (request) => {
      if (request.method !== 'POST') return emptyPage()
      bodies.push(await request.json())
      return problem(400, {
        type: 'urn:xinhuo:problem:validation',
        errors: [
          { field: 'endedOn', message: '结束日期不能早于开始日期' },
          { field: 'create.body.role', message: '该职务不适用于村关工小组' },
        ],
      })
    })
    const wrapper = mountDialog()
    await flushPromises()

    await clickButton('保存')

    await vi.waitFor(() => expect(errorOf('离任日期')).toBe('结束日期不能早于开始日期'))
    expect(errorOf('职务')).toBe('该职务不适用于村关工小组')
    expect(errorOf('姓名')).toBeUndefined()
    expect(wrapper.emitted('saved')).toBeUndefined()
    expect(bodies[0]).toMatchObject({ organizationId: 15, personName: '', endedOn: null, changeReason: null })
  })

  it('appoints and tells the page', async () => {
    fetchMock.mockImplementation(async (request) => {
      if (request.method !== 'POST') return emptyPage()
      const body = (await request.json()) as Record<string, unknown>
      return Response.json(
        { id: 99, organizationName: village.name, current: true, trained: false, lastTrainedOn: null, version: 0, ...body },
        { status: 201 },
      )
    })
    const wrapper = mountDialog()
    await flushPromises()
    const name = formItem('姓名').querySelector('input')!
    name.value = '王春志'
    name.dispatchEvent(new Event('input'))
    ;(formItem('职务').querySelectorAll('input[type=radio]')[1] as HTMLInputElement).click()
    await flushPromises()

    await clickButton('保存')

    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(wrapper.emitted('saved')![0]![0]).toMatchObject({ id: 99, personName: '王春志', role: 'EXECUTIVE_DEPUTY_LEADER' })
  })
})
