import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { EligibilityRule } from './types'

/** The age thresholds per residence and gender, with the dates they took effect. */
export function listEligibilityRules(): Promise<EligibilityRule[]> {
  return call(api.GET('/api/v1/volunteers/eligibility-rules'))
}
