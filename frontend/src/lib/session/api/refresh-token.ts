import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ApiLoginResponse } from '../types'

/** A fresh token for the same login; the old one is revoked at once. */
export function refreshToken(): Promise<ApiLoginResponse> {
  return call(api.POST('/api/v1/auth/refresh'))
}
