import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ApiMe } from '@/lib/session/types'

/** Turns the second factor on with a code of the new secret (400 naming `code` when it is wrong). */
export function enableTotp(code: string): Promise<ApiMe> {
  return call(api.POST('/api/v1/auth/totp/enable', { body: { code } }))
}
