import { computed, inject, type ComputedRef, type InjectionKey } from 'vue'
import { READ_ONLY, type OrgAccess } from '../data'

/** Provided by the organizations page from the session; read by the tables and row actions. */
export const ORG_ACCESS: InjectionKey<ComputedRef<OrgAccess>> = Symbol('org-access')

/** Without a provider (e.g. a component mounted alone) nothing is offered: the safe default. */
export function useOrgAccess(): ComputedRef<OrgAccess> {
  return inject(
    ORG_ACCESS,
    computed(() => READ_ONLY),
    false,
  )
}
