import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { LeaderPage } from './types'

/** Today's leaders of the organizer's subtree not trained since their appointment: whom to invite. */
export function proposeAttendees(id: number, page: number, size: number): Promise<LeaderPage> {
  return call(
    api.GET('/api/v1/trainings/{id}/proposed-attendees', { params: { path: { id }, query: { page, size } } }),
  ) as Promise<LeaderPage>
}
