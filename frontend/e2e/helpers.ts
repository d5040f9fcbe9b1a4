import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'

/** The backend of the e2e stack (playwright.config.ts), for calls made as another system would. */
export const API_PORT = Number(process.env.XINHUO_E2E_API_PORT ?? 18080)

export const ROOT = '五大连池市关工委'
export const TOWNSHIP = '兴安乡关工委'

/** The demo accounts (seeds/demo/accounts.json); all have this password and no pending change. */
export type DemoAccount = 'city-admin' | 'xingan-admin' | 'tuanjie-admin' | 'zhongshan-leader' | 'city-viewer'
export const DEMO_PASSWORD = 'Xinhuo@2016'

/** A unique suffix: both projects run against one database. */
export function unique(): string {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

export function isPhone(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'phone'
}

/** The SPA's sessionStorage entry (src/lib/session/session-storage.ts). */
const SESSION_KEY = 'xinhuo.session'

interface StoredSession {
  token: string
  expiresAt: string | null
  idleTimeoutSeconds: number
}

/**
 * Logins are rate-limited (10 per username and 30 per client address a minute) and every test
 * calls from 127.0.0.1, so each worker logs in once per account and reuses the token. Playwright's
 * storageState does not carry sessionStorage, where the SPA keeps its token, so the token is put
 * there by an init script instead. A token found dead (a test logged out) is replaced.
 */
const sessions = new Map<DemoAccount, StoredSession>()

async function sessionFor(page: Page, account: DemoAccount): Promise<StoredSession> {
  const cached = sessions.get(account)
  if (cached) {
    const me = await page.request.get('/api/v1/auth/me', { headers: { Authorization: `Bearer ${cached.token}` } })
    if (me.ok()) return cached
    sessions.delete(account)
  }
  const response = await page.request.post('/api/v1/auth/login', {
    data: { username: account, password: DEMO_PASSWORD },
  })
  expect(response.status(), `login of ${account}`).toBe(200)
  const body = (await response.json()) as { accessToken: string; expiresAt: string; idleTimeoutSeconds: number }
  const session = { token: body.accessToken, expiresAt: body.expiresAt, idleTimeoutSeconds: body.idleTimeoutSeconds }
  sessions.set(account, session)
  return session
}

/**
 * Opens the SPA logged in as a demo account (at `path`, default the home page). The token is
 * placed once per page: after a logout in the test, reloads stay logged out.
 */
export async function loginAs(page: Page, account: DemoAccount, path = '/'): Promise<void> {
  const session = await sessionFor(page, account)
  await page.addInitScript(
    ({ key, value }) => {
      if (sessionStorage.getItem('e2e.seeded')) return
      sessionStorage.setItem('e2e.seeded', '1')
      sessionStorage.setItem(key, value)
    },
    { key: SESSION_KEY, value: JSON.stringify(session) },
  )
  await page.goto(path)
  // In the shell the header shows the user; the password page stands alone.
  await expect(
    page.getByRole('button', { name: /^用户菜单/ }).or(page.getByRole('heading', { name: '修改密码' })),
  ).toBeVisible()
}

/** A demo account's bearer token (the cached login), for setting up data through the API. */
export async function tokenFor(page: Page, account: DemoAccount): Promise<string> {
  return (await sessionFor(page, account)).token
}

/** The bearer token of the page's session (sessionStorage), for API calls made beside the UI. */
export async function tokenOf(page: Page): Promise<string> {
  return page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '{}').token as string, SESSION_KEY)
}

/** Logs in through the login form. */
export async function loginWithForm(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

/** Logs out through the header's user menu. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^用户菜单/ }).click()
  await page.getByRole('menuitem', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/login/)
}

/** Opens a page from the side menu, which is a drawer on a phone. */
export async function openMenu(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  if (isPhone(testInfo)) {
    await page.getByRole('button', { name: '打开菜单' }).click()
    await page.getByRole('dialog', { name: '菜单' }).getByRole('menuitem', { name: label }).click()
  } else {
    await page.getByRole('menuitem', { name: label }).click()
  }
}

/** The menu entries the user sees (opening the drawer on a phone). */
export async function menuEntries(page: Page, testInfo: TestInfo): Promise<string[]> {
  if (isPhone(testInfo)) await page.getByRole('button', { name: '打开菜单' }).click()
  const menu = isPhone(testInfo) ? page.getByRole('dialog', { name: '菜单' }) : page.locator('.app-layout__aside')
  await expect(menu.getByRole('menuitem').first()).toBeVisible()
  return (await menu.getByRole('menuitem').allInnerTexts()).map((t) => t.trim())
}

/** The table row showing an organization (el-table rows have the row role). */
export function orgRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) })
}

/** Expands a node of the lazy tree; el-table's expand arrow has no role, so it is found by class. */
export async function expand(page: Page, name: string): Promise<void> {
  const row = orgRow(page, name)
  const arrow = row.locator('.el-table__expand-icon')
  await expect(arrow).toBeVisible()
  if (!(await arrow.evaluate((el) => el.classList.contains('el-table__expand-icon--expanded')))) await arrow.click()
  await expect(arrow).toHaveClass(/el-table__expand-icon--expanded/)
}

/** Runs a row action: buttons on a desktop, a dropdown menu on a phone. */
export async function rowAction(page: Page, testInfo: TestInfo, name: string, action: string): Promise<void> {
  const row = orgRow(page, name)
  if (isPhone(testInfo)) {
    await row.getByRole('button', { name: '操作' }).click()
    await page.getByRole('menuitem', { name: action }).click()
  } else {
    await row.getByRole('button', { name: action }).click()
  }
}

export async function openOrganizations(page: Page): Promise<void> {
  await page.goto('/organizations')
  await expect(orgRow(page, ROOT)).toBeVisible()
}

/** A key figure of the dashboard: the card (a link to its records) whose heading is the title. */
export function figure(page: Page, title: string): Locator {
  return page.locator('.cards').getByRole('link').filter({ has: page.getByRole('heading', { name: title, exact: true }) })
}

/** The page does not scroll sideways (a wide table scrolls inside its own box, if at all). A failure names the elements that reach past the viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth
    const wide = Array.from(document.body.querySelectorAll<HTMLElement>('*'))
      .filter((e) => e.getBoundingClientRect().right > viewport + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')} → ${Math.round(e.getBoundingClientRect().right)} px`)
    return { scroll: document.documentElement.scrollWidth, viewport: window.innerWidth, wide }
  })
  expect(widths.scroll, `wider than the viewport: ${widths.wide.join('; ')}`).toBeLessThanOrEqual(widths.viewport)
}

/**
 * Chooses an option of a remote-search select whose search goes into the address (the 五老
 * picker): types the search, waits for its answer and clicks the option. A click on the list
 * shown before the answer lands on options about to be redrawn and can be lost (seen under load);
 * it picks again until the select shows the choice.
 */
export async function choose(page: Page, field: Locator, search: string, option: Locator, shown: string): Promise<void> {
  const select = field.locator('xpath=ancestor::div[contains(@class, "el-select__wrapper")]')
  const chosen = select.locator('.el-select__placeholder:not(.is-transparent)')
  await expect(async () => {
    const answered = page.waitForResponse((r) => r.url().includes(encodeURIComponent(search)), { timeout: 5_000 })
    await field.fill(search)
    await answered
    await option.click()
    await expect(chosen).toContainText(shown, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}
