import { describe, expect, it } from 'vitest'
import { resolveBaseUrl } from './client'

describe('resolveBaseUrl', () => {
  it('uses the page origin when the API is on the same origin', () => {
    expect(resolveBaseUrl('', 'https://xinhuo.example.org/organizations')).toBe('https://xinhuo.example.org')
  })

  it('keeps a path prefix on the page origin', () => {
    expect(resolveBaseUrl('/xinhuo', 'https://gov.example.org/app/organizations')).toBe('https://gov.example.org/xinhuo')
  })

  it('keeps an absolute API origin', () => {
    expect(resolveBaseUrl('https://api.example.org', 'https://xinhuo.example.org/')).toBe('https://api.example.org')
  })
})
