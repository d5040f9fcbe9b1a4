import { OfficeBuilding } from '@element-plus/icons-vue'
import type { Component } from 'vue'

export interface NavItem {
  path: string
  labelKey: string
  icon: Component
}

/** Side menu entries; features are added here as they are built. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/organizations', labelKey: 'nav.organizations', icon: OfficeBuilding },
]
