/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

interface Window {
  /** Set by public/config.js, which deployment overwrites. */
  APP_CONFIG?: unknown
}
