import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import { useSessionStore } from '@/lib/session/session-store'
import type { SessionUser } from '@/lib/session/types'
import VolunteerFormDialog from './volunteer-form-dialog.vue'

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, title: 'x', ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })

const created = {
  id: 77,
  organizationId: 108,
  organizationName: '钟山村关工小组',
  name: '测试五老',
  gender: 'MALE',
  birthDate: '1960-05-01',
  age: 66,
  ethnicity: null,
  idCardNumber: null,
  mobile: null,
  residence: 'RURAL',
  categories: ['VETERAN_TEACHER'],
  formerOccupation: null,
  specialties: null,
  politicalStatus: null,
  health: null,
  joinedOn: null,
  status: 'ACTIVE',
  eligibilityOverrideReason: null,
  version: 0,
}

function logIn(permissions: string[]) {
  useSessionStore().setUser({
    id: 2,
    username: 'xingan-admin',
    displayName: '兴安乡关工委管理员',
    organizationId: 14,
    organizationName: '兴安乡关工委',
    roles: ['ORG_ADMIN'],
    permissions,
    scopeIsEverything: false,
    mustChangePassword: false,
    totpEnabled: false,
  } as SessionUser)
}

function mountDialog() {
  return mount(VolunteerFormDialog, {
    props: { target: { mode: 'create' } },
    global: { plugins: [ElementPlus, i18n], stubs: { RouterLink: RouterLinkStub } },
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

async function clickButton(text: string) {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
  if (!button) throw new Error(`no button ${text}`)
  button.click()
  await flushPromises()
}

describe('VolunteerFormDialog', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()

  beforeEach(() => {
    setLocale('zh-CN')
    vi.stubGlobal('fetch', fetchMock)
    logIn(['VOLUNTEER_READ', 'VOLUNTEER_WRITE', 'ELIGIBILITY_OVERRIDE'])
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  function answerGets(request: Request): Response {
    const path = new URL(request.url).pathname
    if (path === '/api/v1/volunteers/eligibility-rules') {
      return Response.json([
        { id: 1, residence: 'RURAL', gender: 'MALE', minAge: 50, effectiveFrom: '2015-01-01' },
        { id: 2, residence: 'RURAL', gender: 'FEMALE', minAge: 45, effectiveFrom: '2015-01-01' },
        { id: 3, residence: 'URBAN', gender: 'MALE', minAge: 60, effectiveFrom: '2000-01-01' },
        { id: 4, residence: 'URBAN', gender: 'FEMALE', minAge: 55, effectiveFrom: '2000-01-01' },
      ])
    }
    return Response.json({ items: [], page: 0, size: 20, total: 0 })
  }

  it('shows the current age thresholds and the override reason to an administrator', async () => {
    fetchMock.mockImplementation(async (request) => answerGets(request))
    mountDialog()
    await flushPromises()

    expect(formItem('出生日期').textContent).toContain('登记年龄：农村男 50、女 45；城镇男 60、女 55')
    expect(() => formItem('低于年龄登记理由')).not.toThrow()
  })

  it('hides the override reason without ELIGIBILITY_OVERRIDE', async () => {
    logIn(['VOLUNTEER_READ', 'VOLUNTEER_WRITE'])
    fetchMock.mockImplementation(async (request) => answerGets(request))
    mountDialog()
    await flushPromises()

    expect(() => formItem('低于年龄登记理由')).toThrow()
  })

  it('shows a registered ID card number on its field with a link to the existing record', async () => {
    fetchMock.mockImplementation(async (request) =>
      request.method === 'POST'
        ? problem(409, {
            type: 'urn:xinhuo:problem:conflict',
            detail: '该身份证号已登记',
            existing: '/api/v1/volunteers/42',
            errors: [{ field: 'idCardNumber', message: '该身份证号已登记' }],
          })
        : answerGets(request),
    )
    const wrapper = mountDialog()
    await flushPromises()

    await clickButton('保存')

    await vi.waitFor(() =>
      expect(formItem('身份证号').querySelector('.el-form-item__error')?.textContent?.trim()).toBe('该身份证号已登记'),
    )
    const link = wrapper.findAllComponents(RouterLinkStub).find((l) => l.text() === '查看已登记的记录')
    expect(link?.props('to')).toBe('/volunteers/42')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('resubmits a possible duplicate with confirmPossibleDuplicate once the user confirms', async () => {
    const bodies: Record<string, unknown>[] = []
    fetchMock.mockImplementation(async (request) => {
      if (request.method !== 'POST') return answerGets(request)
      const body = (await request.json()) as Record<string, unknown>
      bodies.push(body)
      return body.confirmPossibleDuplicate
        ? Response.json(created, { status: 201 })
        : problem(409, {
            type: 'urn:xinhuo:problem:possible-duplicate',
            detail: '本乡镇已有同名同出生日期的五老',
            existing: '/api/v1/volunteers/9',
          })
    })
    const wrapper = mountDialog()
    await flushPromises()
    const name = formItem('姓名').querySelector('input')!
    name.value = '测试五老'
    name.dispatchEvent(new Event('input'))

    await clickButton('保存')
    expect(document.body.textContent).toContain('本乡镇已有同名且出生日期相同的五老，请核对是否为同一人。')
    expect(wrapper.emitted('saved')).toBeUndefined()
    expect(bodies).toHaveLength(1)
    expect(bodies[0]).toMatchObject({ name: '测试五老', confirmPossibleDuplicate: false })

    await clickButton('确认不是同一人，继续新增')

    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1))
    expect(bodies).toHaveLength(2)
    expect(bodies[1]).toEqual({ ...bodies[0], confirmPossibleDuplicate: true })
  })
})
