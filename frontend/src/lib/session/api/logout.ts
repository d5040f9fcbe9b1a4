import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'

export async function logout(): Promise<void> {
  await call(api.POST('/api/v1/auth/logout'))
}
