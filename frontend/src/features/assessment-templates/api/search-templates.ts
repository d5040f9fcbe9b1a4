import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { TemplatePage, TemplateSearch } from './types'

/** Score sheets of the caller's subtree (by organization, kind, each version; `current` for the latest only). */
export function searchTemplates(query: TemplateSearch): Promise<TemplatePage> {
  return call(api.GET('/api/v1/assessment-templates', { params: { query } }))
}
