import { useI18n } from 'vue-i18n'
import type { AuditEvent } from '../api/types'

/** Display texts for audit codes; an event or object type the SPA does not know shows its code. */
export function useAuditLabels() {
  const { t, te } = useI18n()
  const eventLabel = (event: string) => (te(`audit.events.${event}`) ? t(`audit.events.${event}`) : event)
  const objectLabel = (e: Pick<AuditEvent, 'objectType' | 'objectId'>) => {
    if (!e.objectType) return e.objectId ?? ''
    const type = te(`audit.objectTypes.${e.objectType}`) ? t(`audit.objectTypes.${e.objectType}`) : e.objectType
    return e.objectId ? `${type} #${e.objectId}` : type
  }
  return { eventLabel, objectLabel }
}
