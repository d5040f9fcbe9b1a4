import type { Award } from './types'
import { searchAwards } from './search-awards'

/** An organization's title changes a few times in a decade: one page of 200 is its whole history. */
const HISTORY_SIZE = 200

/** The steps of one organization's title, oldest first. */
export async function listTitleHistory(organizationId: number): Promise<Award[]> {
  return (await searchAwards({ organizationId, size: HISTORY_SIZE })).items
}
