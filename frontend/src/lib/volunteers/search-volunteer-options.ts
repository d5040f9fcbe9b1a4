import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { paths } from '@/lib/api/schema'

type ApiVolunteer =
  paths['/api/v1/volunteers']['get']['responses'][200]['content']['application/json']['items'][number]

/** A 五老 to pick (a team member or leader, an honoured person): what the picker shows. */
export type VolunteerOption = Pick<ApiVolunteer, 'id' | 'name' | 'organizationName' | 'age'>

/**
 * 五老 in the caller's scope whose name contains `q` or whose pinyin initials are `q` (zyx finds 张永新),
 * optionally only in the subtree of `within`; at most 20, by name.
 */
export async function searchVolunteerOptions(q: string, within?: number): Promise<VolunteerOption[]> {
  const page = await call(
    api.GET('/api/v1/volunteers', {
      params: { query: { q: q.trim() || undefined, within, size: 20, sort: 'name,asc' } },
    }),
  )
  return page.items.map(({ id, name, organizationName, age }) => ({ id, name, organizationName, age }))
}
