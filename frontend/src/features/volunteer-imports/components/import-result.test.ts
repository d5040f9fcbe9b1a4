import { mount, RouterLinkStub } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n, setLocale } from '@/lib/i18n'
import type { VolunteerImport } from '../api/types'
import ImportResult from './import-result.vue'

const done = (extra: Partial<VolunteerImport>): VolunteerImport => ({
  id: 9,
  status: 'SUCCEEDED',
  fileName: '名册.xlsx',
  totalRows: 4,
  processedRows: 4,
  created: 2,
  updated: 1,
  unchanged: 1,
  skipped: 0,
  problemCount: 0,
  problems: [],
  ...extra,
})

function mountResult(imp: VolunteerImport) {
  return mount(ImportResult, {
    props: { imp },
    global: { plugins: [ElementPlus, i18n], stubs: { RouterLink: RouterLinkStub } },
  })
}

const counts = (wrapper: ReturnType<typeof mountResult>) =>
  Object.fromEntries(wrapper.findAll('.count').map((c) => [c.find('dt').text(), c.find('dd').text()]))

describe('ImportResult', () => {
  beforeEach(() => setLocale('zh-CN'))

  it('shows what a successful import did and offers the next one', async () => {
    const wrapper = mountResult(done({}))
    expect(wrapper.text()).toContain('导入完成')
    expect(counts(wrapper)).toEqual({ 新增: '2', 更新: '1', 未变: '1', 跳过: '0' })
    expect(wrapper.find('.problems').exists()).toBe(false)

    await wrapper.findAll('button').find((b) => b.text() === '继续导入其他文件')!.trigger('click')
    expect(wrapper.emitted('again')).toHaveLength(1)
  })

  it('reports the skipped rows of a valid-rows-only import beside what was written', () => {
    const wrapper = mountResult(
      done({
        validRowsOnly: true,
        created: 3,
        updated: 0,
        unchanged: 0,
        skipped: 1,
        problemCount: 1,
        problems: [{ row: 5, column: '出生日期', message: '“1952.13.01”不是日期；请写作 1952-03-01。' }],
      }),
    )
    expect(wrapper.text()).toContain('导入完成：1 行有误，已跳过')
    expect(counts(wrapper)).toMatchObject({ 新增: '3', 跳过: '1' })
    expect(wrapper.text()).toContain('共 1 个问题')
    expect(wrapper.findAll('button').some((b) => b.text() === '修改文件后重新上传')).toBe(true)
  })

  it('says clearly that a rejected import wrote nothing, and that the list is cut at 1000', () => {
    const problems = Array.from({ length: 1000 }, (_, i) => ({ row: i + 2, column: '性别', message: '必须填写。' }))
    const wrapper = mountResult(done({ status: 'REJECTED', created: 0, updated: 0, unchanged: 0, problemCount: 1500, problems }))
    expect(wrapper.text()).toContain('未导入：名册中有 1500 个问题，没有写入任何数据')
    expect(wrapper.find('.counts').exists()).toBe(false)
    expect(wrapper.text()).toContain('共 1500 个问题，列出前 1000 个')
    expect(wrapper.findAll('.problem-table tbody tr')).toHaveLength(50) // one page
  })
})
