import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Activity, ActivityForm } from './types'

/**
 * Records what an active pair did. The Idempotency-Key makes a retry safe: the same key with the
 * same body returns the first answer and records nothing more (the same key with another body: 422).
 */
export function recordActivity(pairId: number, idempotencyKey: string, body: ActivityForm): Promise<Activity> {
  return call(
    api.POST('/api/v1/pairs/{id}/activities', {
      params: { path: { id: pairId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  )
}
