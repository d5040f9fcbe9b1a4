import 'element-plus/dist/index.css'
import './styles.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { currentLocale, i18n } from '@/lib/i18n'
import App from './App.vue'
import { installElementPlus, LANDING_ROUTES } from './element-plus'
import { router } from './router'

document.documentElement.lang = currentLocale()

const app = createApp(App).use(createPinia()).use(i18n).use(router)
const loadRestOfElementPlus = installElementPlus(app)
// Every page but the landing ones waits for the rest of Element Plus; after the first page it loads anyway.
router.beforeResolve(async (to) => {
  if (!LANDING_ROUTES.has(String(to.name))) await loadRestOfElementPlus()
})
void router.isReady().then(() => setTimeout(() => void loadRestOfElementPlus().catch(() => undefined), 3000))
app.mount('#app')
