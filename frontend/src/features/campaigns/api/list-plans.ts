import type { Campaign } from './types'
import { searchCampaigns } from './search-campaigns'

/** A committee makes a plan every three years: one page of 200 holds them all. */
const PLANS_SIZE = 200

/**
 * The plans the user sees: those of the user's subtree and those covering the user's own
 * organization (a township admin sees the city's plan).
 */
export async function listPlans(organizationId: number | undefined): Promise<{ own: Campaign[]; covering: Campaign[] }> {
  const [own, covering] = await Promise.all([
    searchCampaigns({ size: PLANS_SIZE }),
    organizationId === undefined ? Promise.resolve({ items: [] as Campaign[] }) : searchCampaigns({ covering: organizationId, size: PLANS_SIZE }),
  ])
  return { own: own.items, covering: covering.items }
}
