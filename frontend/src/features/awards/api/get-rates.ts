import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { AwardRates } from './types'

/** Per organization type of the subtree on a day: enrolled, awarded, rate (awarded ÷ enrolled), warned, revoked. */
export async function getRates(within: number | undefined, on: string | undefined): Promise<AwardRates> {
  const found = await call(api.GET('/api/v1/awards/rates', { params: { query: { within, on } } }))
  return { on: found.on ?? on ?? '', rows: (found.rows ?? []) as AwardRates['rows'] }
}
