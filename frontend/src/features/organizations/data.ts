import type { Organization, OrganizationStatus, OrganizationType } from './api/types'

export const ORGANIZATION_TYPES = [
  'CITY_COMMITTEE', // 市关工委
  'TOWNSHIP_COMMITTEE', // 乡镇/街道关工委
  'VILLAGE_GROUP', // 行政村关工小组
  'COMMUNITY_GROUP', // 社区关工小组
  'SCHOOL_GROUP', // 学校关工组织
] as const satisfies readonly OrganizationType[]

export const ORGANIZATION_STATUSES = ['ACTIVE', 'DISSOLVED'] as const satisfies readonly OrganizationStatus[]

/**
 * Which types may sit directly under which. The server enforces this; the SPA only offers valid
 * choices. Groups (关工小组, 学校关工组织) have no children.
 */
const CHILD_TYPES: Record<OrganizationType, readonly OrganizationType[]> = {
  CITY_COMMITTEE: ['CITY_COMMITTEE', 'TOWNSHIP_COMMITTEE', 'SCHOOL_GROUP'],
  TOWNSHIP_COMMITTEE: ['VILLAGE_GROUP', 'COMMUNITY_GROUP', 'SCHOOL_GROUP'],
  VILLAGE_GROUP: [],
  COMMUNITY_GROUP: [],
  SCHOOL_GROUP: [],
}

/** Types that may be a root (no parent). */
export const TOP_LEVEL_TYPES: readonly OrganizationType[] = ['CITY_COMMITTEE']

/** Child types offered under a parent of the given type; `null` means at the top level. */
export function allowedChildTypes(parentType: OrganizationType | null): readonly OrganizationType[] {
  return parentType === null ? TOP_LEVEL_TYPES : CHILD_TYPES[parentType]
}

/** Parent types under which an organization of the given type may be placed (for moving it). */
export function allowedParentTypes(childType: OrganizationType): OrganizationType[] {
  return ORGANIZATION_TYPES.filter((parent) => CHILD_TYPES[parent].includes(childType))
}

export function canAddChild(org: Pick<Organization, 'type' | 'status'>): boolean {
  return org.status === 'ACTIVE' && CHILD_TYPES[org.type].length > 0
}

export type OrgAction = 'createChild' | 'edit' | 'move' | 'dissolve'

/**
 * What the logged-in user may do to organizations; the server enforces it, the page only hides
 * what would be refused.
 */
export interface OrgAccess {
  /** ORGANIZATION_WRITE (管理员, 系统管理员); 小组组长 and 只读 only read. */
  canWrite: boolean
  /** New top-level committees: only a user whose scope is the whole installation. */
  canCreateRoot: boolean
  /** The organization the user's scope starts at (null: everything); moving or dissolving it is its parent's business. */
  scopeRootId: number | null
}

export const READ_ONLY: Readonly<OrgAccess> = Object.freeze({ canWrite: false, canCreateRoot: false, scopeRootId: null })
export const FULL_ACCESS: Readonly<OrgAccess> = Object.freeze({ canWrite: true, canCreateRoot: true, scopeRootId: null })

/** Row actions that make sense for an organization in its current state and that the user may run. */
export function availableActions(
  org: Pick<Organization, 'type' | 'status'> & { id?: number },
  access: OrgAccess = FULL_ACCESS,
): OrgAction[] {
  if (!access.canWrite || org.status === 'DISSOLVED') return []
  const actions: OrgAction[] = canAddChild(org) ? ['createChild', 'edit'] : ['edit']
  if (org.id === undefined || org.id !== access.scopeRootId) actions.push('move', 'dissolve')
  return actions
}

/** Plain-value columns of the organization tables; name, status and actions are rendered specially. */
export interface OrgColumn {
  prop: 'regionCode' | 'establishedOn' | 'contact' | 'address'
  labelKey: string
  minWidth: number
}

/** Shown on wide screens only; a phone keeps name and actions. */
export const SECONDARY_COLUMNS: readonly OrgColumn[] = [
  { prop: 'regionCode', labelKey: 'org.fields.regionCode', minWidth: 130 },
  { prop: 'establishedOn', labelKey: 'org.fields.establishedOn', minWidth: 110 },
  { prop: 'contact', labelKey: 'org.fields.contact', minWidth: 130 },
]

/** The form's fields, also the JSON properties whose server validation errors it can show. */
export const FORM_FIELDS = ['name', 'type', 'parentId', 'regionCode', 'address', 'contact', 'establishedOn'] as const
export type FormField = (typeof FORM_FIELDS)[number]
