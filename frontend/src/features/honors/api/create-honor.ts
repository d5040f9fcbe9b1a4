import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Honor, HonorForm } from './types'

export function createHonor(body: HonorForm): Promise<Honor> {
  return call(api.POST('/api/v1/honors', { body }))
}
