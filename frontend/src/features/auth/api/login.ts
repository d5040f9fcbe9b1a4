import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ApiLoginResponse } from '@/lib/session/types'

export interface Credentials {
  username: string
  password: string
  /** The authenticator code, for an account with a second factor (after a 401 totp-required). */
  totpCode?: string
}

export function login(body: Credentials): Promise<ApiLoginResponse> {
  return call(api.POST('/api/v1/auth/login', { body }))
}
