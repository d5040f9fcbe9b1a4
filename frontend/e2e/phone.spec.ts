import { expect, test } from '@playwright/test'
import { openOrganizations } from './helpers'

test.describe('on a phone', () => {
  test('the organizations page does not scroll sideways', async ({ page }) => {
    await openOrganizations(page)
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }))
    expect(widths.viewport).toBe(390)
    expect(widths.scroll).toBeLessThanOrEqual(widths.viewport)
  })

  test('the side menu opens as a drawer', async ({ page }) => {
    await openOrganizations(page)
    await expect(page.getByRole('menuitem', { name: '组织机构' })).toBeHidden()

    await page.getByRole('button', { name: '打开菜单' }).click()

    const drawer = page.getByRole('dialog', { name: '菜单' })
    await expect(drawer).toBeVisible()
    await drawer.getByRole('menuitem', { name: '组织机构' }).click()
    await expect(drawer).toBeHidden()
  })
})
