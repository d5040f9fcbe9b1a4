import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// run.sh sets these so the e2e stack can run beside a developer's own servers.
const apiPort = Number(process.env.XINHUO_API_PORT ?? 8080)
const webPort = Number(process.env.XINHUO_WEB_PORT ?? 5173)

// 127.0.0.1 rather than localhost: Node may resolve localhost to ::1 while the backend listens on IPv4.
const backend = `http://127.0.0.1:${apiPort}`
// With the trailing slash, as in nginx/default.conf: '/api' alone would also send the SPA's own
// /api-keys page to the backend on a reload.
const proxy = {
  '/api/': { target: backend },
  '/q/': { target: backend },
}

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: { port: webPort, strictPort: true, proxy },
  preview: { port: webPort, strictPort: true, proxy },
  build: {
    // dist/.vite/manifest.json: `npm run size` reads the entry chunk and its static imports from it.
    manifest: true,
    // The entry (Vue, Element Plus's used components, i18n) and the ECharts chunk exceed Vite's default warning limit;
    // `npm run size` holds the first JavaScript a phone loads to its own budget.
    chunkSizeWarningLimit: 1000,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
})
