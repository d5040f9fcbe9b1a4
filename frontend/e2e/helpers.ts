import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'

export const ROOT = '五大连池市关工委'
export const TOWNSHIP = '兴安乡关工委'

/** A unique suffix: both projects run against one database. */
export function unique(): string {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

export function isPhone(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'phone'
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
  await expect(page.getByText(ROOT, { exact: true })).toBeVisible()
}
