import { useI18n } from 'vue-i18n'
import { parsePeriod } from '../data'

/** A named period in words: 2016-H1 → 2016年上半年. */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useI18n()
  return (period) => {
    const parsed = parsePeriod(period)
    return parsed ? t(`workReport.periods.${parsed.part}`, { year: parsed.year }) : period
  }
}
