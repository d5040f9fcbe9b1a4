import { reactive, ref, type Ref } from 'vue'
import { reportError } from '@/lib/api/report-error'
import { getChildren } from '../api/get-children'
import { getOrganization } from '../api/get-organization'
import { getRoots } from '../api/get-roots'
import type { Organization } from '../api/types'

export type OrgRow = Organization & { hasChildren: boolean }

/** The parts of el-table's internal store that hold lazily loaded children (not public API). */
export interface LazyTreeStore {
  states: {
    lazyTreeNodeMap: Ref<Record<string, OrgRow[]>>
    treeData: Ref<Record<string, { loaded?: boolean } | undefined>>
  }
}

/**
 * State of the lazy organization tree. el-table caches children it loaded, so after a change the
 * affected parents are refreshed in its cache; rows are kept as one reactive object per id and
 * updated in place, so an edit shows wherever the row is displayed and expanded nodes stay open.
 */
export function useLazyOrgTree(store: () => LazyTreeStore | undefined) {
  const roots = ref<OrgRow[]>([])
  const loading = ref(false)
  const rows = new Map<number, OrgRow>()

  function track(org: Organization): OrgRow {
    const fields = { ...org, hasChildren: org.childCount > 0 }
    const existing = rows.get(org.id)
    if (existing) return Object.assign(existing, fields)
    const row = reactive(fields) as OrgRow
    rows.set(org.id, row)
    return row
  }

  async function loadRoots(): Promise<void> {
    loading.value = true
    try {
      roots.value = (await getRoots()).map(track)
    } catch (error) {
      reportError(error)
    } finally {
      loading.value = false
    }
  }

  /** el-table's `load` callback. */
  function load(row: Organization, _node: unknown, resolve: (children: OrgRow[]) => void): void {
    getChildren(row.id)
      .then((children) => resolve(children.map(track)))
      .catch((error: unknown) => {
        reportError(error)
        resolve([])
      })
  }

  /** Updates a displayed row with a newer version of the organization. */
  function update(org: Organization): void {
    if (rows.has(org.id)) track(org)
  }

  async function reloadRow(id: number): Promise<void> {
    try {
      update(await getOrganization(id))
    } catch (error) {
      reportError(error)
    }
  }

  /** Reloads a parent's children (null = the roots) after one was added, moved away or moved in. */
  async function refreshChildren(parentId: number | null): Promise<void> {
    if (parentId === null) return loadRoots()
    try {
      const [parent, children] = await Promise.all([getOrganization(parentId), getChildren(parentId)])
      update(parent) // childCount and so the expand arrow
      const states = store()?.states
      // Only replace what el-table has already loaded; an unloaded parent loads fresh on expand.
      if (!states || !states.treeData.value[parentId]?.loaded) return
      const next = { ...states.lazyTreeNodeMap.value }
      if (children.length) next[parentId] = children.map(track)
      else delete next[parentId]
      states.lazyTreeNodeMap.value = next
    } catch (error) {
      reportError(error)
    }
  }

  return { roots, loading, load, loadRoots, update, reloadRow, refreshChildren }
}
