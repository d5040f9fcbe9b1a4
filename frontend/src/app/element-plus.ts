// Each component's own stylesheet (with those of the components it draws, and the base variables),
// not Element Plus's whole stylesheet: the CSS a phone waits for before the first paint. v-loading and
// ElMessage (report-error) are used by the landing pages too.
import 'element-plus/es/components/alert/style/css'
import 'element-plus/es/components/aside/style/css'
import 'element-plus/es/components/breadcrumb/style/css'
import 'element-plus/es/components/breadcrumb-item/style/css'
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/config-provider/style/css'
import 'element-plus/es/components/container/style/css'
import 'element-plus/es/components/drawer/style/css'
import 'element-plus/es/components/dropdown/style/css'
import 'element-plus/es/components/dropdown-item/style/css'
import 'element-plus/es/components/dropdown-menu/style/css'
import 'element-plus/es/components/form/style/css'
import 'element-plus/es/components/form-item/style/css'
import 'element-plus/es/components/header/style/css'
import 'element-plus/es/components/icon/style/css'
import 'element-plus/es/components/input/style/css'
import 'element-plus/es/components/main/style/css'
import 'element-plus/es/components/menu/style/css'
import 'element-plus/es/components/menu-item/style/css'
import 'element-plus/es/components/option/style/css'
import 'element-plus/es/components/option-group/style/css'
import 'element-plus/es/components/result/style/css'
import 'element-plus/es/components/select/style/css'
import 'element-plus/es/components/table/style/css'
import 'element-plus/es/components/table-column/style/css'
import 'element-plus/es/components/tag/style/css'
import 'element-plus/es/components/loading/style/css'
import 'element-plus/es/components/message/style/css'
import type { App, Component } from 'vue'
import {
  ElAlert,
  ElAside,
  ElBreadcrumb,
  ElBreadcrumbItem,
  ElButton,
  ElConfigProvider,
  ElContainer,
  ElDrawer,
  ElDropdown,
  ElDropdownItem,
  ElDropdownMenu,
  ElForm,
  ElFormItem,
  ElHeader,
  ElIcon,
  ElInput,
  ElMain,
  ElMenu,
  ElMenuItem,
  ElOption,
  ElOptionGroup,
  ElResult,
  ElSelect,
  ElTable,
  ElTableColumn,
  ElTag,
  vLoading,
} from 'element-plus'

// Only the Element Plus components the templates use (`<el-…>`), registered by name, rather than
// `app.use(ElementPlus)`, which puts the whole library in the first JavaScript a phone loads.
// These are the ones the shell, the login page and the dashboard (where users land) need; the rest
// (element-plus-rest.ts) load before any other page opens. A template using a component in neither
// list renders nothing: element-plus.test.ts checks the lists against the templates.
export const landingComponents: Record<string, Component> = {
  ElAlert,
  ElAside,
  ElBreadcrumb,
  ElBreadcrumbItem,
  ElButton,
  ElConfigProvider,
  ElContainer,
  ElDrawer,
  ElDropdown,
  ElDropdownItem,
  ElDropdownMenu,
  ElForm,
  ElFormItem,
  ElHeader,
  ElIcon,
  ElInput,
  ElMain,
  ElMenu,
  ElMenuItem,
  ElOption,
  ElOptionGroup,
  ElResult,
  ElSelect,
  ElTable,
  ElTableColumn,
  ElTag,
}

/** The routes drawn with the landing components alone: no wait for the rest of Element Plus. */
export const LANDING_ROUTES: ReadonlySet<string> = new Set(['login', 'change-password', 'home', 'dashboard', 'no-access'])

function register(app: App, components: Record<string, Component>): void {
  for (const [name, component] of Object.entries(components)) {
    if (!app.component(name)) app.component(name, component)
  }
}

/** Registers the landing components and v-loading; returns the loader of the rest (once, then the same promise). */
export function installElementPlus(app: App): () => Promise<void> {
  register(app, landingComponents)
  app.directive('loading', vLoading)
  let rest: Promise<void> | undefined
  return () => {
    rest ??= import('./element-plus-rest').then((m) => register(app, m.otherComponents))
    // A failed download (a phone losing the network) may be tried again on the next navigation.
    rest.catch(() => (rest = undefined))
    return rest
  }
}
