import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'

export interface PasswordChange {
  currentPassword: string
  newPassword: string
}

export async function changePassword(body: PasswordChange): Promise<void> {
  await call(api.POST('/api/v1/auth/change-password', { body }))
}
