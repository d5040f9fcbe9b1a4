import { expect, test, type Page } from '@playwright/test'
import { loginAs } from './helpers'

/**
 * The SPA is served with the headers nginx serves in the deployment (vite preview reads them from
 * frontend/nginx, see vite.config.ts), and works under its Content-Security-Policy: no inline or
 * foreign script, no framing, the API on its own origin.
 */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  )
}

/** Collects CSP violations the page reports, from before its first script. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) console.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ]
}

test.describe('security headers of the SPA', () => {
  test('[V2] the page, its configuration and its bundles carry a strict CSP and the frame, type and referrer headers', async ({
    page,
  }) => {
    const entry = await page.request.get('/')
    expect(entry.status()).toBe(200)
    const bundle = (await entry.text()).match(/\/assets\/[^"]+\.js/)?.[0]
    expect(bundle, 'a bundle named in index.html').toBeTruthy()

    for (const path of ['/', '/dashboard', '/config.js', bundle!]) {
      const headers = (await page.request.get(path)).headers()
      expect(headers['x-frame-options'], path).toBe('DENY')
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['referrer-policy'], path).toBe('no-referrer')
      const csp = directives(headers['content-security-policy'] ?? '')
      expect(csp.get('default-src'), path).toEqual(["'self'"])
      expect(csp.get('script-src'), path).toEqual(["'self'"]) // no inline script, no eval
      expect(csp.get('object-src'), path).toEqual(["'none'"])
      expect(csp.get('base-uri'), path).toEqual(["'self'"])
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"])
      expect(csp.get('connect-src'), path).toEqual(["'self'"])
    }

    // the API behind the same origin keeps its own, stricter policy
    const api = (await page.request.get('/api/v1/organizations/roots')).headers()
    expect(api['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(api['x-frame-options']).toBe('DENY')
  })

  test('[V2] the dashboard, the tree, the register and the account page run under the CSP without a violation', async ({
    page,
  }) => {
    const violations = await recordViolations(page)
    await loginAs(page, 'city-admin', '/dashboard')
    await expect(page.getByRole('heading', { name: '工作概况' })).toBeVisible()
    // the charts (ECharts) have drawn
    await expect(page.getByRole('img').first()).toBeVisible()
    await page.goto('/organizations')
    await expect(page.locator('.el-table__body tr').first()).toBeVisible()
    await page.goto('/volunteers')
    await expect(page.getByText(/^共 \d+ 人$/)).toBeVisible()
    await page.goto('/account')
    await expect(page.getByRole('heading').first()).toBeVisible()
    expect(await violations()).toEqual([])
  })
})
