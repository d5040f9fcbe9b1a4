import type { Award } from './types'
import { searchAwards } from './search-awards'

const PAGE = 200
/** A guard against an endless loop should the total keep moving; far above any real subtree. */
const MAX_PAGES = 50

/** Every 滑坡警告 within a subtree (all pages): the board marks the holders warned since their award. */
export async function listWarnings(within: number | undefined): Promise<Award[]> {
  const warnings: Award[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await searchAwards({ within, kind: 'WARNED', page, size: PAGE })
    warnings.push(...result.items)
    if (result.items.length < PAGE || warnings.length >= result.total) break
  }
  return warnings
}
