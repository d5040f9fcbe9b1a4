// npm run size: the gzipped size of the first JavaScript a browser loads (the entry chunk and its
// static imports) and of the dashboard route's chunks, from Vite's build manifest. Run after `npm run build`;
// exits 1 when the first JavaScript exceeds the budget (issue #9: 250 kB gzipped).
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = Number(process.env.XINHUO_INITIAL_JS_BUDGET_KB ?? 250)
// An argument names another build's folder (e.g. one built with --outDir to compare).
const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024

/** The chunk for `key` and every chunk it imports statically, each once. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const next of manifest[key].imports ?? []) staticClosure(next, seen)
  return seen
}

function report(title, keys) {
  let total = 0
  console.log(title)
  for (const key of keys) {
    const kb = gzipKb(manifest[key].file)
    total += kb
    console.log(`  ${manifest[key].file.padEnd(48)} ${kb.toFixed(1).padStart(7)} kB`)
  }
  console.log(`  ${'total (gzip)'.padEnd(48)} ${total.toFixed(1).padStart(7)} kB`)
  return total
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
const initial = staticClosure(entry)
const initialKb = report(`Initial JavaScript (${entry} and its static imports):`, initial)

const dashboardKey = Object.keys(manifest).find((key) => key.endsWith('dashboard/views/dashboard-page.vue'))
if (dashboardKey) {
  const route = [...staticClosure(dashboardKey)].filter((key) => !initial.has(key))
  report('Dashboard route (its chunk and static imports beyond the initial JavaScript):', route)
  const lazy = new Set()
  for (const key of [dashboardKey, ...route]) {
    for (const next of manifest[key].dynamicImports ?? []) {
      for (const k of staticClosure(next)) if (!initial.has(k) && !route.includes(k)) lazy.add(k)
    }
  }
  if (lazy.size) report('Dashboard, loaded after its figures (charts):', lazy)
}

if (initialKb > BUDGET_KB) {
  console.error(`Initial JavaScript ${initialKb.toFixed(1)} kB gzipped exceeds the budget of ${BUDGET_KB} kB.`)
  process.exit(1)
}
console.log(`Initial JavaScript within the budget of ${BUDGET_KB} kB gzipped.`)
