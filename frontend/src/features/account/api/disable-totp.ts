import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ApiMe } from '@/lib/session/types'

/** Turns the second factor off; needs the current password (400 naming `currentPassword`). */
export function disableTotp(currentPassword: string): Promise<ApiMe> {
  return call(api.POST('/api/v1/auth/totp/disable', { body: { currentPassword } }))
}
