import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { errorsByPath } from '@/lib/api/field-path'
import { i18n, setLocale } from '@/lib/i18n'
import { draftOf, type SheetDraft } from '../data'
import TemplateEditor from './template-editor.vue'

const sheet = draftOf({
  organizationId: 1,
  organizationName: '五大连池市关工委',
  kind: 'FIVE_GOOD',
  name: '五好基层关工组织评分表',
  passTotal: 16,
  passPerCriterion: null,
  criteria: [
    {
      title: '领导班子建设好',
      maxPoints: 10,
      items: [
        { code: '1.1', title: '班子健全', maxPoints: 5, note: null },
        { code: '1.2', title: '常务副主任到位', maxPoints: 5, note: null },
      ],
    },
    { title: '活动经常效果好', maxPoints: 10, items: [{ code: '2.1', title: '每季度一次活动', maxPoints: 5, note: null }] },
  ],
})

function mountEditor(errors: Record<string, string> = {}) {
  const draft = ref<SheetDraft>(structuredClone(sheet))
  const wrapper = mount(TemplateEditor, {
    props: { modelValue: draft.value, errors, organization: { id: 1, name: '五大连池市关工委' } },
    global: { plugins: [ElementPlus, i18n] },
    attachTo: document.body,
  })
  return { wrapper, draft }
}

/** Element Plus shows a form item's error after a short debounce. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

/** The error under the field whose input has this aria-label. */
function errorAt(label: string): string | undefined {
  const input = document.querySelector(`[aria-label="${label}"]`)
  if (!input) throw new Error(`no field ${label}`)
  return input.closest('.el-form-item')?.querySelector('.el-form-item__error')?.textContent?.trim()
}

describe('TemplateEditor', () => {
  const fetchMock = vi.fn<(request: Request) => Promise<Response>>()

  beforeEach(() => {
    setLocale('zh-CN')
    vi.stubGlobal('fetch', fetchMock)
    fetchMock.mockResolvedValue(Response.json({ items: [], page: 0, size: 20, total: 0 }))
  })

  afterEach(() => {
    fetchMock.mockReset()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server’s errors at the fields of the criteria and items they name', async () => {
    // As the server sends them: its own rules in the JSON spelling, bean validation's late indices.
    const errors = errorsByPath([
      { field: 'criteria[0].items[1].code', message: '项目编号重复。' },
      { field: 'criteria[1].items[0].maxPoints', message: '必须大于或等于0.5' },
      { field: 'criteria[1].title', message: '不能为空' },
      { field: 'passTotal', message: '合格分数线高于满分。' },
    ])
    mountEditor(errors)
    await settle()

    expect(errorAt('指标 1 第 2 项 编号')).toBe('项目编号重复。')
    expect(errorAt('指标 2 第 1 项 分值')).toBe('必须大于或等于0.5')
    expect(errorAt('指标 2 指标名称')).toBe('不能为空')
    expect(errorAt('合格总分')).toBe('合格分数线高于满分。')
    expect(errorAt('指标 1 第 1 项 编号')).toBeUndefined()
  })

  it('sums the items live and flags what the server would refuse', async () => {
    const { draft } = mountEditor()
    await nextTick()
    const sums = () => [...document.querySelectorAll('.sum')].map((s) => s.textContent?.trim())
    expect(sums()).toEqual(['各项合计 10 / 10 分', '各项合计 5 / 10 分'])
    expect(document.querySelector('.sheet-sum')?.textContent).toContain('各指标合计满分 20 分')

    draft.value.criteria[0]!.items[0]!.maxPoints = 6
    draft.value.criteria[1]!.items[0]!.code = '1.1'
    draft.value.passTotal = 25
    await settle()
    expect(sums()[0]).toBe('各项合计 11 / 10 分')
    expect(document.querySelector('.sum.over')).not.toBeNull()
    expect(document.querySelector('.items-error')?.textContent).toBe('各项分值之和超过了该指标的分值')
    expect(errorAt('指标 2 第 1 项 编号')).toBe('项目编号重复')
    expect(errorAt('合格总分')).toBe('合格总分高于满分')
  })

  it('adds, moves and removes with its buttons', async () => {
    const { wrapper, draft } = mountEditor()
    await nextTick()
    const click = async (label: string) => {
      await wrapper.find(`button[aria-label="${label}"]`).trigger('click')
    }
    await click('指标 2 下移') // the last one: disabled, nothing moves
    await click('指标 2 上移')
    expect(draft.value.criteria.map((c) => c.title)).toEqual(['活动经常效果好', '领导班子建设好'])
    await click('指标 2 第 1 项 删除项目')
    expect(draft.value.criteria[1]!.items.map((i) => i.code)).toEqual(['1.2'])
    const addItem = wrapper.findAll('button').filter((b) => b.text() === '添加项目')[0]!
    await addItem.trigger('click')
    expect(draft.value.criteria[0]!.items.map((i) => i.code)).toEqual(['2.1', '2.2'])
    expect(wrapper.emitted('restructured')).toHaveLength(3)
  })
})
