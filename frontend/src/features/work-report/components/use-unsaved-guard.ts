import { ElMessageBox } from 'element-plus'
import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { onBeforeRouteLeave } from 'vue-router'

/**
 * Asks before leaving the page with an edited summary: a link in the app, a reload or a closed tab.
 * Changing the organization or period stays on the page (a query change) and is not asked about.
 */
export function useUnsavedGuard(dirty: Readonly<Ref<boolean>>): void {
  const { t } = useI18n()

  onBeforeRouteLeave(async () => {
    if (!dirty.value) return true
    try {
      await ElMessageBox.confirm(t('workReport.confirm.leave'), t('workReport.confirm.leaveTitle'), { type: 'warning' })
      return true
    } catch {
      return false
    }
  })

  function warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (dirty.value) event.preventDefault()
  }
  onMounted(() => window.addEventListener('beforeunload', warnBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', warnBeforeUnload))
}
