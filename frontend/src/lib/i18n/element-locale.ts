import en from 'element-plus/es/locale/lang/en'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import type { AppLocale } from './index'

/** Element Plus has its own strings (pagination, date picker, empty table); they follow the app locale. */
export const elementLocales = { 'zh-CN': zhCn, en } as const satisfies Record<AppLocale, unknown>
