import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Award, AwardForm } from './types'

/** 授牌, 滑坡警告 or 摘牌 (AwardPolicy decides whether the step is allowed: 409 naming the field if not). */
export function decideAward(body: AwardForm): Promise<Award> {
  return call(api.POST('/api/v1/awards', { body })) as Promise<Award>
}
