import { expect, test } from '@playwright/test'
import { expectNoHorizontalScroll, loginAs, openOrganizations } from './helpers'

test.describe('on a phone', () => {
  test('the login page does not scroll sideways', async ({ page }) => {
    await page.goto('/login')
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible()
    expect(await page.evaluate(() => window.innerWidth)).toBe(390)
    await expectNoHorizontalScroll(page)
  })

  test('the organizations page does not scroll sideways', async ({ page }) => {
    await loginAs(page, 'city-admin')
    await openOrganizations(page)
    expect(await page.evaluate(() => window.innerWidth)).toBe(390)
    await expectNoHorizontalScroll(page)
  })

  test('the users page does not scroll sideways', async ({ page }) => {
    await loginAs(page, 'city-admin', '/users')
    await expect(page.getByText('city-viewer')).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the audit log shows cards and does not scroll sideways', async ({ page }) => {
    await loginAs(page, 'city-admin', '/audit')
    await expect(page.locator('.audit-card').first()).toBeVisible()
    await page.locator('.audit-card').first().getByRole('button', { name: '详情' }).click()
    await expectNoHorizontalScroll(page)
  })

  test('the side menu opens as a drawer', async ({ page }) => {
    await loginAs(page, 'city-admin')
    await openOrganizations(page)
    await expect(page.getByRole('menuitem', { name: '组织机构' })).toBeHidden()

    await page.getByRole('button', { name: '打开菜单' }).click()

    const drawer = page.getByRole('dialog', { name: '菜单' })
    await expect(drawer).toBeVisible()
    await expect(drawer.getByRole('menuitem')).toHaveText(['组织机构', '用户管理', '审计日志', '接口密钥'])
    await drawer.getByRole('menuitem', { name: '组织机构' }).click()
    await expect(drawer).toBeHidden()
  })
})
