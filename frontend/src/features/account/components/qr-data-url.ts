import { toString as toQrString } from 'qrcode'

/**
 * A QR code of `text` as an SVG data URL for an <img> (the CSP allows img data:). SVG rather than
 * PNG: no canvas needed, sharp at any size.
 */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await toQrString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** A Base32 secret in groups of four, easier to type into an authenticator app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ')
}
