import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TitleOrganization } from './types'

/** The organization whose title history is shown (its name, also before any step). */
export async function getTitleOrganization(id: number): Promise<TitleOrganization> {
  const { name } = await call(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }))
  return { id, name }
}
