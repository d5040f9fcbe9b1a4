import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import type { Honor } from '../api/types'
import HonorFormDialog, { type HonorFormTarget } from './honor-form-dialog.vue'

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, title: 'x', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

const honor: Honor = {
  id: 3,
  volunteerId: 42,
  volunteerName: '王春志',
  organizationName: '兴安村关工小组',
  level: 'CITY_PARTY_GOVERNMENT',
  title: '优秀五老',
  awardedOn: '2016-02-19',
  issuer: '中共五大连池市委、市政府',
  story: null,
  version: 2,
}

function mountDialog(target: HonorFormTarget) {
  return mount(HonorFormDialog, { props: { target }, global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
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

describe('HonorFormDialog', () => {
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
              { field: 'volunteerId', message: '请选择五老' },
              { field: 'title', message: '不能为空' },
              { field: 'awardedOn', message: '不能晚于今天' },
            ],
          })
        : emptyPage(),
    )
    const wrapper = mountDialog({ mode: 'create' })
    await flushPromises()

    await clickButton('保存')

    await vi.waitFor(() => expect(errorOf('荣誉称号')).toBe('不能为空'))
    expect(errorOf('姓名')).toBe('请选择五老')
    expect(errorOf('表彰日期')).toBe('不能晚于今天')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('keeps the person when editing and sends the version read as If-Match', async () => {
    const puts: Request[] = []
    const bodies: unknown[] = []
    fetchMock.mockImplementation(async (request) => {
      if (request.method !== 'PUT') return emptyPage()
      puts.push(request)
      bodies.push(await request.json())
      return Response.json({ ...honor, version: 3 })
    })
    const wrapper = mountDialog({ mode: 'edit', honor })
    await flushPromises()

    expect(formItem('姓名').textContent).toContain('王春志（兴安村关工小组）')
    expect(formItem('姓名').querySelector('input')).toBeNull()
    await clickButton('保存')

    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(new URL(puts[0]!.url).pathname).toBe('/api/v1/honors/3')
    expect(puts[0]!.headers.get('If-Match')).toBe('"2"')
    expect(bodies[0]).toEqual({
      volunteerId: 42,
      level: 'CITY_PARTY_GOVERNMENT',
      title: '优秀五老',
      awardedOn: '2016-02-19',
      issuer: '中共五大连池市委、市政府',
      story: null,
    })
  })

  it('starts with the person given when recording from a person’s page', async () => {
    const bodies: Record<string, unknown>[] = []
    fetchMock.mockImplementation(async (request) => {
      if (request.method !== 'POST') return emptyPage()
      bodies.push((await request.json()) as Record<string, unknown>)
      return problem(400, { errors: [{ field: 'level', message: '不能为null' }] })
    })
    mountDialog({ mode: 'create', person: { id: 42, name: '王春志' } })
    await flushPromises()

    await clickButton('保存')

    await vi.waitFor(() => expect(errorOf('表彰级别')).toBe('不能为null'))
    expect(bodies[0]).toMatchObject({ volunteerId: 42 })
  })
})
