import {
  Avatar,
  Calendar,
  Checked,
  Connection,
  DataAnalysis,
  Document,
  EditPen,
  Flag,
  Key,
  MapLocation,
  Medal,
  OfficeBuilding,
  Reading,
  Stamp,
  Sunrise,
  Trophy,
  Upload,
  User,
  UserFilled,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'
import type { Permission } from '@/lib/session/types'

export interface NavItem {
  path: string
  labelKey: string
  icon: Component
  /** Shown only to users whose roles grant this; the route declares the same permission. */
  permission: Permission
}

/** Side menu entries, in order; the first one a user may open is where the user lands. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: DataAnalysis, permission: 'ORGANIZATION_READ' },
  { path: '/organizations', labelKey: 'nav.organizations', icon: OfficeBuilding, permission: 'ORGANIZATION_READ' },
  { path: '/leadership', labelKey: 'leadership.nav', icon: Flag, permission: 'ORGANIZATION_READ' },
  { path: '/trainings', labelKey: 'training.nav', icon: Reading, permission: 'ORGANIZATION_READ' },
  { path: '/research-visits', labelKey: 'research.nav', icon: MapLocation, permission: 'ORGANIZATION_READ' },
  { path: '/volunteers', labelKey: 'nav.volunteers', icon: Avatar, permission: 'VOLUNTEER_READ' },
  { path: '/volunteers/import', labelKey: 'volunteerImport.nav', icon: Upload, permission: 'VOLUNTEER_WRITE' },
  { path: '/teams', labelKey: 'nav.teams', icon: UserFilled, permission: 'VOLUNTEER_READ' },
  { path: '/honors', labelKey: 'nav.honors', icon: Medal, permission: 'VOLUNTEER_READ' },
  { path: '/pairs', labelKey: 'nav.pairs', icon: Connection, permission: 'PAIR_READ' },
  { path: '/beneficiaries', labelKey: 'nav.beneficiaries', icon: Sunrise, permission: 'PAIR_READ' },
  { path: '/awards', labelKey: 'nav.awards', icon: Trophy, permission: 'ASSESSMENT_READ' },
  { path: '/campaigns', labelKey: 'nav.campaigns', icon: Calendar, permission: 'ASSESSMENT_READ' },
  { path: '/evaluations', labelKey: 'nav.evaluations', icon: EditPen, permission: 'ASSESSMENT_READ' },
  { path: '/assessment-templates', labelKey: 'nav.assessmentTemplates', icon: Checked, permission: 'ASSESSMENT_READ' },
  { path: '/party-building', labelKey: 'nav.partyBuilding', icon: Stamp, permission: 'ASSESSMENT_READ' },
  { path: '/users', labelKey: 'nav.users', icon: User, permission: 'USER_READ' },
  { path: '/audit', labelKey: 'nav.audit', icon: Document, permission: 'AUDIT_READ' },
  { path: '/api-keys', labelKey: 'nav.apiKeys', icon: Key, permission: 'API_KEY_MANAGE' },
]

/** Where the page without an allowed menu entry is. */
export const NO_ACCESS_PATH = '/no-access'

export function allowedNavItems(permissions: ReadonlySet<Permission>): NavItem[] {
  return NAV_ITEMS.filter((item) => permissions.has(item.permission))
}

/** The entry a page belongs to: the longest path it lies under (/volunteers/import is not /volunteers). */
export function activeNavPath(items: readonly NavItem[], path: string): string {
  const under = items.filter((item) => path === item.path || path.startsWith(`${item.path}/`))
  return under.reduce<string>((best, item) => (item.path.length > best.length ? item.path : best), '')
}

/** The first page the user may open: the landing page after login and where a refused route leads. */
export function firstAllowedPath(permissions: ReadonlySet<Permission>): string {
  return allowedNavItems(permissions)[0]?.path ?? NO_ACCESS_PATH
}
