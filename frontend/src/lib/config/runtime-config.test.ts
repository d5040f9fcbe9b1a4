import { describe, expect, it } from 'vitest'
import { defaultRuntimeConfig, readRuntimeConfig } from './runtime-config'

describe('readRuntimeConfig', () => {
  it('falls back to same-origin when config.js did not load', () => {
    expect(readRuntimeConfig(undefined)).toEqual({ apiBaseUrl: '' })
    expect(readRuntimeConfig(null)).toEqual(defaultRuntimeConfig)
  })

  it('falls back when apiBaseUrl has the wrong type', () => {
    expect(readRuntimeConfig({ apiBaseUrl: 42 })).toEqual({ apiBaseUrl: '' })
    expect(readRuntimeConfig('https://example.org')).toEqual({ apiBaseUrl: '' })
  })

  it('takes a configured base URL and drops trailing slashes and blanks', () => {
    expect(readRuntimeConfig({ apiBaseUrl: ' https://api.example.org/ ' })).toEqual({
      apiBaseUrl: 'https://api.example.org',
    })
    expect(readRuntimeConfig({ apiBaseUrl: '/xinhuo//' })).toEqual({ apiBaseUrl: '/xinhuo' })
  })

  it('ignores unknown keys', () => {
    expect(readRuntimeConfig({ apiBaseUrl: '', extra: true })).toEqual({ apiBaseUrl: '' })
  })
})
