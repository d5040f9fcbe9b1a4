import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { ApiMe } from '../types'

export function getMe(): Promise<ApiMe> {
  return call(api.GET('/api/v1/auth/me'))
}
