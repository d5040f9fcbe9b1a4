import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import type { Organization } from '../api/types'
import OrgFormDialog from './org-form-dialog.vue'

const township: Organization = {
  id: 7,
  name: '兴安乡关工委',
  type: 'TOWNSHIP_COMMITTEE',
  parentId: 1,
  regionCode: null,
  address: null,
  contact: null,
  establishedOn: null,
  status: 'ACTIVE',
  dissolvedOn: null,
  dissolutionReason: null,
  depth: 1,
  childCount: 3,
  version: 4,
}

function problemResponse(status: number, body: object): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })
}

function mountDialog(target: InstanceType<typeof OrgFormDialog>['$props']['target']) {
  return mount(OrgFormDialog, { props: { target }, global: { plugins: [ElementPlus, i18n] }, attachTo: document.body })
}

/** The el-form-item whose label is the given text. */
function formItem(wrapper: ReturnType<typeof mountDialog>, label: string) {
  const item = wrapper.findAll('.el-form-item').find((i) => i.find('.el-form-item__label').text() === label)
  if (!item) throw new Error(`no form item labelled ${label}`)
  return item
}

async function clickSave(wrapper: ReturnType<typeof mountDialog>) {
  const save = wrapper.findAll('button').find((b) => b.text() === '保存')
  if (!save) throw new Error('no save button')
  await save.trigger('click')
  await flushPromises()
}

describe('OrgFormDialog', () => {
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

  it('shows the server validation message on the name field', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(400, {
        type: 'about:blank',
        title: '请求参数有误',
        status: 400,
        errors: [{ field: 'name', message: '名称不能为空' }],
      }),
    )
    const wrapper = mountDialog({ mode: 'create', parent: township })
    await flushPromises()

    await clickSave(wrapper)

    const nameItem = formItem(wrapper, '名称')
    expect(nameItem.classes()).toContain('is-error')
    // Element Plus shows the message after a short debounce.
    await vi.waitFor(() => expect(nameItem.find('.el-form-item__error').text()).toBe('名称不能为空'))
    expect(formItem(wrapper, '类型').find('.el-form-item__error').exists()).toBe(false)
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('posts the child with its parent, a valid child type and the UI language', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ ...township, id: 99, name: '钟山村关工小组', type: 'VILLAGE_GROUP', parentId: 7 }), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      }),
    )
    const wrapper = mountDialog({ mode: 'create', parent: township })
    await flushPromises()

    await formItem(wrapper, '名称').find('input').setValue('钟山村关工小组')
    await clickSave(wrapper)

    expect(fetchMock).toHaveBeenCalledTimes(1)
    const request = fetchMock.mock.calls[0]![0]
    expect(request.method).toBe('POST')
    expect(new URL(request.url).pathname).toBe('/api/v1/organizations')
    expect(request.headers.get('Accept-Language')).toBe('zh-CN')
    expect(await request.json()).toEqual({
      name: '钟山村关工小组',
      type: 'VILLAGE_GROUP', // the first type allowed under a township committee
      parentId: 7,
      regionCode: null,
      address: null,
      contact: null,
      establishedOn: null,
    })
    expect(wrapper.emitted('saved')?.[0]?.[0]).toMatchObject({ id: 99, parentId: 7 })
  })

  it('sends If-Match with the row version when editing, and reports a conflict as stale', async () => {
    const city = { ...township, id: 1, name: '五大连池市关工委', type: 'CITY_COMMITTEE' as const, depth: 0 }
    fetchMock.mockImplementation(async (request) => {
      if (request.method === 'GET') return Response.json(city) // the parent, for the type choices
      return problemResponse(412, { title: 'Precondition Failed', status: 412 })
    })
    const wrapper = mountDialog({ mode: 'edit', org: township })
    await flushPromises()

    await clickSave(wrapper)

    const put = fetchMock.mock.calls.map(([r]) => r).find((r) => r.method === 'PUT')
    expect(put?.headers.get('If-Match')).toBe('"4"')
    expect(wrapper.emitted('stale')).toEqual([[7]])
    expect(document.body.textContent).toContain('该记录已被他人修改，请刷新后重试')
  })
})
