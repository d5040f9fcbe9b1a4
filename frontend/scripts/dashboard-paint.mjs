// npm run paint: the dashboard's first useful paint on an emulated mid-range phone over slow 4G.
// Serves dist/ as nginx/default.conf does (gzip at its gzip_comp_level; `vite preview` sends everything uncompressed,
// 3× the bytes a phone gets in production; run `npm run build` first), answers the API calls in the page
// with fixtures (the dashboard figures of src/features/dashboard/fixtures.ts; no backend needed),
// seeds a session the way the SPA keeps it (sessionStorage 'xinhuo.session'), opens / (which forwards
// to the dashboard) with a cold cache, and takes performance.now() when the figure cards show their
// numbers. Three runs; exits 1 when the median exceeds the budget (issue #9: 3 s).
// XINHUO_PAINT_DIST=<dir> measures another build (e.g. `npx vite build --outDir <dir>`) instead of dist/.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { gzipSync } from 'node:zlib'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const PORT = Number(process.env.XINHUO_PAINT_PORT ?? 24180)
const RUNS = Number(process.env.XINHUO_PAINT_RUNS ?? 3)
const BUDGET_MS = Number(process.env.XINHUO_PAINT_BUDGET_MS ?? 3000)
const base = `http://127.0.0.1:${PORT}`
// nginx's gzip_comp_level in nginx/default.conf (nginx's default: 1).
const GZIP_LEVEL = Number(readFileSync(join(root, 'nginx/default.conf'), 'utf8').match(/^\s*gzip_comp_level\s+(\d)\s*;/m)?.[1] ?? 1)

// Moto G4-like phone on "slow 4G" (Lighthouse's mobile profile): 150 ms, 1.6 Mbps down, 750 kbps up, CPU 4× slower.
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
const CPU_SLOWDOWN = 4

/** The fixtures module is TypeScript with type-only imports: transpile it and import the result. */
async function dashboardFixtures() {
  const source = readFileSync(join(root, 'src/features/dashboard/fixtures.ts'), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  })
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)
}

const { WUDALIANCHI_2016_H1: summary } = await dashboardFixtures()
const city = summary.organizationId
const organization = (id, name, parentId, depth, childCount) => ({
  id, name, type: parentId ? 'TOWNSHIP_COMMITTEE' : 'CITY_COMMITTEE', parentId, regionCode: null, address: null,
  contact: null, establishedOn: '2010-01-01', status: 'ACTIVE', dissolvedOn: null, dissolutionReason: null, depth, childCount,
})
const townships = Array.from({ length: 14 }, (_, i) => organization(100 + i, `第${i + 1}乡关工委`, city, 1, 8))
const api = {
  '/api/v1/auth/me': {
    id: 1, username: 'city-admin', displayName: '市管理员', organizationId: city, organizationName: summary.organizationName,
    roles: ['ORG_ADMIN'], scopeIsEverything: false, mustChangePassword: false, totpEnabled: false,
    permissions: ['ORGANIZATION_READ', 'VOLUNTEER_READ', 'PAIR_READ', 'ASSESSMENT_READ', 'USER_READ', 'AUDIT_READ'],
  },
  [`/api/v1/organizations/${city}`]: organization(city, summary.organizationName, null, 0, townships.length),
  [`/api/v1/organizations/${city}/children`]: townships,
  '/api/v1/stats/summary': summary,
  '/api/v1/stats/children': {
    organizationId: city, period: summary.period,
    children: townships.map((o, i) => ({
      organizationId: o.id, volunteers: 90 + i, activeVolunteers: 88 + i, teams: 13, activePairs: 40 + i, activities: 120 + i, fiveGoodHolders: i % 3,
    })),
  },
}

const TYPES = {
  '.html': 'text/html', '.js': 'application/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.ico': 'image/x-icon',
}
const COMPRESSED = new Set(['text/css', 'application/javascript', 'application/json', 'image/svg+xml', 'text/html'])

/** dist/ with the SPA fallback and gzip, like nginx/default.conf. */
function startServer() {
  const dist = process.env.XINHUO_PAINT_DIST ?? join(root, 'dist')
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, base).pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(dist, path)
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html')
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    let body = readFileSync(file)
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' }
    if (COMPRESSED.has(type) && body.length >= 1024 && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: GZIP_LEVEL })
      headers['Content-Encoding'] = 'gzip'
      headers.Vary = 'Accept-Encoding'
    }
    response.writeHead(200, headers).end(body)
  })
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)))
}

async function measure(browser) {
  const context = await browser.newContext({ ...PHONE, locale: 'zh-CN' })
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('xinhuo.session'))
      sessionStorage.setItem('xinhuo.session', JSON.stringify({ token: 'paint-token', expiresAt: null, idleTimeoutSeconds: 1800 }))
  })
  const page = await context.newPage()
  // Answers from page.route never touch the emulated network: each waits the round trip and its transfer time.
  await page.route('**/api/v1/**', async (route) => {
    const body = api[new URL(route.request().url()).pathname]
    const bytes = body ? gzipSync(JSON.stringify(body), { level: GZIP_LEVEL }).length : 100
    await new Promise((resolve) => setTimeout(resolve, NETWORK.latency + (bytes / NETWORK.downloadThroughput) * 1000))
    return body ? route.fulfill({ json: body }) : route.fulfill({ status: 404, json: { status: 404, title: 'Not Found' } })
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', NETWORK)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  await page.goto(`${base}/`, { waitUntil: 'commit' })
  // The first useful paint: every figure card shows a number.
  const ms = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const done = () => {
          const figures = [...document.querySelectorAll('.cards .figure-card .figure')]
          if (figures.length > 0 && figures.every((f) => /\d/.test(f.textContent ?? ''))) {
            requestAnimationFrame(() => resolve(performance.now()))
            return true
          }
          return false
        }
        if (!done()) {
          const observer = new MutationObserver(() => done() && observer.disconnect())
          observer.observe(document, { childList: true, subtree: true, characterData: true })
        }
      }),
  )
  const path = new URL(page.url()).pathname
  if (process.env.XINHUO_PAINT_TRACE) {
    // When each request started and ended (ms since navigation), to see what the paint waits for.
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => [Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize, e.name.replace(location.origin, '')]),
    )
    for (const [start, end, size, name] of entries) console.log(`  ${String(start).padStart(5)} → ${String(end).padStart(5)} ms ${String(size).padStart(7)} B ${name}`)
  }
  await context.close()
  if (path !== '/dashboard') throw new Error(`landed on ${path}, not /dashboard`)
  return ms
}

const server = await startServer()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
let failed = false
try {
  const times = []
  for (let run = 1; run <= RUNS; run++) {
    const ms = await measure(browser)
    times.push(ms)
    console.log(`run ${run}: first useful paint of the dashboard ${Math.round(ms)} ms`)
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]
  console.log(`median ${Math.round(median)} ms (budget ${BUDGET_MS} ms; 390×844 @2x, CPU ${CPU_SLOWDOWN}× slower, 150 ms / 1.6 Mbps / 750 kbps)`)
  failed = median > BUDGET_MS
  if (failed) console.error(`The dashboard's first useful paint exceeds ${BUDGET_MS} ms.`)
} finally {
  await browser.close()
  server.close()
}
process.exit(failed ? 1 : 0)
