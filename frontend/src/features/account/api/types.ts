import type { paths } from '@/lib/api/schema'

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never

/** A new second-factor secret and its otpauth:// URI (for the QR code), shown this once. */
export type TotpSetup = Json<paths['/api/v1/auth/totp/setup']['post']['responses'][200]>
