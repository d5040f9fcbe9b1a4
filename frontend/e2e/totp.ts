import { createHmac } from 'node:crypto'

/** The authenticator-app side of the second factor, for browser tests (RFC 4648 Base32, RFC 6238 TOTP). */

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function base32Decode(text: string): Buffer {
  const bytes: number[] = []
  let bits = 0
  let value = 0
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const index = BASE32.indexOf(char)
    if (index < 0) throw new Error(`not Base32: ${char}`)
    value = ((value << 5) | index) & 0xffff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      bytes.push((value >>> bits) & 0xff)
    }
  }
  return Buffer.from(bytes)
}

/** The six-digit code an authenticator app shows at `atMillis`: HMAC-SHA1 over the 30-second step. */
export function totp(secret: string, atMillis: number = Date.now()): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(atMillis / 1000 / 30)))
  const hmac = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = hmac[hmac.length - 1]! & 0x0f // dynamic truncation
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 1_000_000).padStart(6, '0')
}

/** A code the server refuses now: none of those it accepts (one step of drift either way). */
export function wrongTotp(secret: string, atMillis: number = Date.now()): string {
  const accepted = new Set([-1, 0, 1, 2].map((step) => totp(secret, atMillis + step * 30_000)))
  let code = Number(totp(secret, atMillis))
  while (accepted.has(String(code).padStart(6, '0'))) code = (code + 1) % 1_000_000
  return String(code).padStart(6, '0')
}
