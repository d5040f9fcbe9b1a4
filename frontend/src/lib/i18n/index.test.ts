import { afterEach, describe, expect, it } from 'vitest'
import { currentLocale, i18n, initialLocale, setLocale } from './index'

describe('locale', () => {
  afterEach(() => {
    localStorage.clear()
    setLocale('zh-CN')
  })

  it('defaults to Chinese', () => {
    localStorage.clear()
    expect(initialLocale()).toBe('zh-CN')
  })

  it('remembers the chosen language and sets the page language', () => {
    setLocale('en')
    expect(currentLocale()).toBe('en')
    expect(initialLocale()).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(i18n.global.t('org.statuses.DISSOLVED')).toBe('Dissolved')
  })

  it('ignores an unknown stored value', () => {
    localStorage.setItem('xinhuo.locale', 'fr')
    expect(initialLocale()).toBe('zh-CN')
  })

  it('has the domain terms in Chinese', () => {
    setLocale('zh-CN')
    expect(i18n.global.t('org.types.TOWNSHIP_COMMITTEE')).toBe('乡镇/街道关工委')
    expect(i18n.global.t('org.statuses.DISSOLVED')).toBe('已撤销')
  })
})
