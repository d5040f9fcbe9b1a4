import { expect, test } from '@playwright/test'
import { expand, loginAs, openOrganizations, orgRow, ROOT, rowAction, TOWNSHIP, unique } from './helpers'

test.describe('organization tree', () => {
  test.beforeEach(async ({ page }) => {
    await loginAs(page, 'city-admin')
  })

  test('shows the city committee and loads its townships on expand', async ({ page }) => {
    await openOrganizations(page)
    await expect(page.getByRole('heading', { name: '组织机构' })).toBeVisible()

    await expand(page, ROOT)

    await expect(orgRow(page, TOWNSHIP)).toBeVisible()
  })

  test('creates a village group under a township and shows it in the expanded tree', async ({ page }, testInfo) => {
    const name = `测试村关工小组-${unique()}`
    await openOrganizations(page)
    await expand(page, ROOT)
    // Expanded before the change, so the cached children must be refreshed, not just loaded later.
    await expand(page, TOWNSHIP)

    await rowAction(page, testInfo, TOWNSHIP, '新增下级')
    const dialog = page.getByRole('dialog', { name: '新增组织' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByText(TOWNSHIP, { exact: true })).toBeVisible()
    await dialog.getByLabel('名称').fill(name)
    // Under a township the type offered first is 行政村关工小组.
    await expect(dialog.getByText('行政村关工小组')).toBeVisible()
    await dialog.getByRole('button', { name: '保存' }).click()

    await expect(dialog).toBeHidden()
    const row = orgRow(page, name)
    await expect(row).toBeVisible()
    // It sits under the township: its name is indented one tree level deeper.
    const left = async (text: string) =>
      (await page.getByRole('main').getByText(text, { exact: true }).boundingBox())?.x ?? 0
    expect(await left(name)).toBeGreaterThan(await left(TOWNSHIP))
  })

  test('shows the server validation error on the name field', async ({ page }, testInfo) => {
    await openOrganizations(page)
    await expand(page, ROOT)

    await rowAction(page, testInfo, TOWNSHIP, '新增下级')
    const dialog = page.getByRole('dialog', { name: '新增组织' })
    await expect(dialog.getByLabel('名称')).toHaveValue('')
    const response = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/organizations') && r.request().method() === 'POST',
    )
    await dialog.getByRole('button', { name: '保存' }).click()
    expect((await response).status()).toBe(400)

    const nameItem = dialog.locator('.el-form-item').filter({ has: page.getByLabel('名称') })
    await expect(nameItem.locator('.el-form-item__error')).toBeVisible()
    await expect(nameItem.locator('.el-form-item__error')).not.toBeEmpty()
    await expect(dialog).toBeVisible()
  })
})
