import { ref } from 'vue'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Organization } from '../api/types'
import { useLazyOrgTree, type LazyTreeStore, type OrgRow } from './use-lazy-org-tree'

const server = vi.hoisted(() => ({ orgs: [] as Organization[] }))

vi.mock('../api/get-roots', () => ({
  getRoots: async () => server.orgs.filter((o) => o.parentId === null),
}))
vi.mock('../api/get-children', () => ({
  getChildren: async (id: number) => server.orgs.filter((o) => o.parentId === id),
}))
vi.mock('../api/get-organization', () => ({
  getOrganization: async (id: number) => server.orgs.find((o) => o.id === id),
}))

function org(id: number, name: string, parentId: number | null, childCount: number): Organization {
  const type = parentId === null ? 'CITY_COMMITTEE' : 'TOWNSHIP_COMMITTEE'
  return {
    id, name, type, parentId, regionCode: null, address: null, contact: null, establishedOn: null,
    status: 'ACTIVE', dissolvedOn: null, dissolutionReason: null, depth: parentId === null ? 0 : 1, childCount, version: 0,
  }
}

/** Stands in for el-table's store: the two pieces of state the tree touches. */
function fakeStore(): LazyTreeStore {
  return { states: { lazyTreeNodeMap: ref({}), treeData: ref({}) } }
}

async function loadChildren(tree: ReturnType<typeof useLazyOrgTree>, store: LazyTreeStore, parent: OrgRow) {
  const children = await new Promise<OrgRow[]>((resolve) => tree.load(parent, undefined, resolve))
  // What el-table does with the resolved rows:
  store.states.treeData.value[parent.id] = { loaded: true }
  store.states.lazyTreeNodeMap.value = { ...store.states.lazyTreeNodeMap.value, [parent.id]: children }
}

describe('useLazyOrgTree', () => {
  let store: LazyTreeStore

  beforeEach(() => {
    store = fakeStore()
    server.orgs = [org(1, '五大连池市关工委', null, 2), org(2, '龙镇关工委', 1, 0), org(3, '兴安乡关工委', 1, 0)]
  })

  it('marks rows with children as expandable', async () => {
    const tree = useLazyOrgTree(() => store)
    await tree.loadRoots()
    expect(tree.roots.value.map((r) => [r.name, r.hasChildren])).toEqual([['五大连池市关工委', true]])
  })

  it('replaces the cached children of a loaded parent after a child is added', async () => {
    const tree = useLazyOrgTree(() => store)
    await tree.loadRoots()
    await loadChildren(tree, store, tree.roots.value[0]!)
    expect(store.states.lazyTreeNodeMap.value[1]?.map((r) => r.name)).toEqual(['龙镇关工委', '兴安乡关工委'])

    server.orgs.push(org(4, '团结镇关工委', 1, 0))
    server.orgs[0] = { ...server.orgs[0]!, childCount: 3, version: 1 }
    await tree.refreshChildren(1)

    expect(store.states.lazyTreeNodeMap.value[1]?.map((r) => r.name)).toEqual([
      '龙镇关工委',
      '兴安乡关工委',
      '团结镇关工委',
    ])
    expect(tree.roots.value[0]).toMatchObject({ childCount: 3, version: 1 })
  })

  it('only makes an unloaded leaf expandable when it gets its first child', async () => {
    const tree = useLazyOrgTree(() => store)
    await tree.loadRoots()
    await loadChildren(tree, store, tree.roots.value[0]!)
    const township = store.states.lazyTreeNodeMap.value[1]![0]!
    expect(township.hasChildren).toBe(false)

    server.orgs.push({ ...org(5, '龙镇钟山村关工小组', 2, 0), type: 'VILLAGE_GROUP' })
    server.orgs[1] = { ...server.orgs[1]!, childCount: 1 }
    await tree.refreshChildren(2)

    expect(township.hasChildren).toBe(true) // the same row object, updated in place
    expect(store.states.lazyTreeNodeMap.value[2]).toBeUndefined() // loads on expand instead
  })

  it('updates an edited row wherever it is shown', async () => {
    const tree = useLazyOrgTree(() => store)
    await tree.loadRoots()
    tree.update({ ...server.orgs[0]!, name: '五大连池市关心下一代工作委员会', version: 2 })
    expect(tree.roots.value[0]).toMatchObject({ name: '五大连池市关心下一代工作委员会', version: 2 })
  })
})
