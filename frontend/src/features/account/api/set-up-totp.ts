import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TotpSetup } from './types'

/** A new secret for an authenticator app; the second factor is on only once a code confirms it. */
export function setUpTotp(): Promise<TotpSetup> {
  return call(api.POST('/api/v1/auth/totp/setup'))
}
