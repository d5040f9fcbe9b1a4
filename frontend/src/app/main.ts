import 'element-plus/dist/index.css'
import './styles.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { currentLocale, i18n } from '@/lib/i18n'
import App from './App.vue'
import { installElementPlus } from './element-plus'
import { router } from './router'

document.documentElement.lang = currentLocale()

const app = createApp(App).use(createPinia()).use(i18n).use(router)
installElementPlus(app)
app.mount('#app')
