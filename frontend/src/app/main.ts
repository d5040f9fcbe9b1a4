// First: Element Plus's stylesheets (element-plus.ts imports them) before ours, which may override them.
import { installElementPlus, LANDING_ROUTES } from './element-plus'
import './styles.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { currentLocale, i18n } from '@/lib/i18n'
import App from './App.vue'
import { router } from './router'

document.documentElement.lang = currentLocale()

const app = createApp(App).use(createPinia()).use(i18n).use(router)
const loadRestOfElementPlus = installElementPlus(app)
// Every page but the landing ones waits for the rest of Element Plus; after the first page it loads anyway.
// Started before the page's own chunk (beforeEach runs before the route's components load), so its
// stylesheets come before the page's in the document and the page's overrides still win.
const restFor = (to: { name?: unknown }) => (LANDING_ROUTES.has(String(to.name)) ? undefined : loadRestOfElementPlus())
router.beforeEach((to) => {
  void restFor(to)?.catch(() => undefined)
})
router.beforeResolve(async (to) => {
  await restFor(to)
})
void router.isReady().then(() => setTimeout(() => void loadRestOfElementPlus().catch(() => undefined), 3000))
app.mount('#app')
