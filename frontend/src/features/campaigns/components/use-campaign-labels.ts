import { useI18n } from 'vue-i18n'
import type { Campaign, OrganizationType } from '../api/types'
import { targetsByType } from '../data'

/** Display texts of plans: the years, an organization type, the targets in one line. */
export function useCampaignLabels() {
  const { t } = useI18n()
  const typeLabel = (type: OrganizationType) => t(`org.types.${type}`)
  const yearsLabel = (c: Pick<Campaign, 'startYear' | 'endYear'>) => t('campaign.years', { start: c.startYear, end: c.endYear })
  /** 行政村关工小组 35 个 · 社区关工小组 6 个 */
  const targetsLabel = (c: Pick<Campaign, 'targets'>) => {
    const sums = targetsByType(c)
    if (!sums.length) return t('campaign.list.noTargets')
    return sums.map((s) => t('campaign.list.targetItem', { type: typeLabel(s.organizationType), target: s.target })).join(' · ')
  }
  return { typeLabel, yearsLabel, targetsLabel }
}
