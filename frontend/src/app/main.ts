import 'element-plus/dist/index.css'
import './styles.css'
import ElementPlus from 'element-plus'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { currentLocale, i18n } from '@/lib/i18n'
import App from './App.vue'
import { router } from './router'

document.documentElement.lang = currentLocale()

createApp(App).use(createPinia()).use(i18n).use(router).use(ElementPlus).mount('#app')
