// Fails when src/lib/api/schema.d.ts does not match what openapi-typescript makes from ../openapi.yaml,
// so a contract change cannot land without regenerated (and type-checked) client types.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const spec = resolve(root, '../openapi.yaml')
const committed = resolve(root, 'src/lib/api/schema.d.ts')

if (!existsSync(spec)) {
  console.error(`api:check: contract not found at ${spec}`)
  process.exit(1)
}
if (!existsSync(committed)) {
  console.error('src/lib/api/schema.d.ts is missing: run npm run api:generate')
  process.exit(1)
}

const require = createRequire(import.meta.url)
const pkgJson = require.resolve('openapi-typescript/package.json')
const cli = join(dirname(pkgJson), 'bin/cli.js')

const dir = mkdtempSync(join(tmpdir(), 'xinhuo-api-check-'))
try {
  const fresh = join(dir, 'schema.d.ts')
  // Same CLI and options as `npm run api:generate`, so the outputs are byte-comparable.
  const run = spawnSync(process.execPath, [cli, spec, '-o', fresh], { cwd: root, encoding: 'utf8' })
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr)
    console.error('api:check: openapi-typescript failed')
    process.exit(1)
  }
  const normalize = (text) => text.replace(/\r\n/g, '\n')
  if (normalize(readFileSync(fresh, 'utf8')) !== normalize(readFileSync(committed, 'utf8'))) {
    console.error('src/lib/api/schema.d.ts is stale: run npm run api:generate')
    process.exit(1)
  }
  console.log('api:check: src/lib/api/schema.d.ts matches ../openapi.yaml')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
