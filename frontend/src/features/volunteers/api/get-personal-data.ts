import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { PersonalData } from './types'

/** The unmasked ID card and mobile numbers (PERSONAL_DATA_VIEW); the server records the view. */
export function getPersonalData(id: number): Promise<PersonalData> {
  return call(api.GET('/api/v1/volunteers/{id}/personal-data', { params: { path: { id } } }))
}
