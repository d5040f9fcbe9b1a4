import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
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

/**
 * The SPA's security headers as nginx serves them in the deployment: nginx/security-headers.conf,
 * and the Content-Security-Policy that docker-entrypoint.d/40-xinhuo-runtime-config.sh writes at
 * container start (read from there, so there is one policy). `vite preview` — the local run and the
 * browser tests — serves them too, so the browser tests prove the SPA works under its CSP. The API
 * is proxied to this origin, so connect-src is 'self', as with an empty API_BASE_URL. The proxied
 * /api/ and /q/ answers keep the backend's own headers.
 */
function spaSecurityHeaders(): Record<string, string> {
  const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')
  const headers: Record<string, string> = {}
  for (const m of read('./nginx/security-headers.conf').matchAll(/^add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)) {
    headers[m[1]!] = m[2]!
  }
  const csp = read('./docker-entrypoint.d/40-xinhuo-runtime-config.sh').match(
    /add_header Content-Security-Policy "([^"]*)" always;/,
  )
  if (!csp || !headers['X-Frame-Options']) throw new Error('the SPA security headers were not found in frontend/nginx')
  headers['Content-Security-Policy'] = csp[1]!.replace('$connect_src', "'self'")
  return headers
}

function securityHeaders(): Plugin {
  return {
    name: 'xinhuo-security-headers',
    configurePreviewServer(server) {
      const headers = spaSecurityHeaders()
      server.middlewares.use((req, res, next) => {
        if (!/^\/(api|q)\//.test(req.url ?? '')) {
          for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        }
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [vue(), securityHeaders()],
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
    // element-plus.ts imports each component's stylesheet through these modules: through Vite (css: false
    // makes them empty), not Node, which cannot import .css.
    server: { deps: { inline: [/element-plus\/es\/components\/[^/]+\/style\//] } },
  },
})
