import { describe, expect, it } from 'vitest'
import { groupSecret, qrDataUrl } from './qr-data-url'

describe('second-factor setup helpers', () => {
  it('makes an SVG data URL for an <img>', async () => {
    const url = await qrDataUrl('otpauth://totp/Xinhuo%3Acity-admin?secret=JBSWY3DPEHPK3PXP&issuer=Xinhuo')
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toContain('<svg')
  })

  it('groups the secret by four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJB')).toBe('JBSW Y3DP EHPK 3PXP JB')
    expect(groupSecret('JBSW')).toBe('JBSW')
  })
})
