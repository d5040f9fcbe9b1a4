import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { i18n, setLocale } from '@/lib/i18n'
import ScoreStepper from './score-stepper.vue'

function mountStepper(initial: number | null, max = 5) {
  const value = ref<number | null>(initial)
  const wrapper = mount(ScoreStepper, {
    props: {
      modelValue: value.value,
      'onUpdate:modelValue': (v: number | null) => {
        value.value = v
        void wrapper.setProps({ modelValue: v })
      },
      max,
      label: '1.1 得分',
    },
    global: { plugins: [ElementPlus, i18n] },
  })
  return { wrapper, value }
}

const button = (wrapper: ReturnType<typeof mount>, name: string) => wrapper.find(`button[aria-label="${name}"]`)

describe('ScoreStepper', () => {
  beforeEach(() => setLocale('zh-CN'))

  it('steps by 0.5 within 0 … max and gives full marks', async () => {
    const { wrapper, value } = mountStepper(null)
    await button(wrapper, '加 0.5 分').trigger('click')
    expect(value.value).toBe(0.5)
    expect((wrapper.find('input').element as HTMLInputElement).value).toBe('0.5')
    await button(wrapper, '减 0.5 分').trigger('click')
    expect(value.value).toBe(0)
    expect(button(wrapper, '减 0.5 分').attributes('disabled')).toBeDefined()
    await wrapper.findAll('button').find((b) => b.text() === '满分')!.trigger('click')
    expect(value.value).toBe(5)
    expect(button(wrapper, '加 0.5 分').attributes('disabled')).toBeDefined()
  })

  it('keeps what is being typed, and a value above the maximum as typed', async () => {
    const { wrapper, value } = mountStepper(3)
    const input = wrapper.find('input')
    await input.setValue('4.')
    await nextTick()
    expect(value.value).toBe(4)
    expect((input.element as HTMLInputElement).value).toBe('4.') // not rewritten to "4" while typing
    await input.setValue('4.5')
    expect(value.value).toBe(4.5)
    await input.setValue('7')
    expect(value.value).toBe(7) // the form flags it; the server refuses it
    await input.setValue('')
    expect(value.value).toBeNull()
  })
})
