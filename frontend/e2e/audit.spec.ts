import { expect, test } from '@playwright/test'
import { isPhone, loginAs, openMenu, TOWNSHIP, unique } from './helpers'

test.describe('audit log', () => {
  test('[L1] an admin sees its login and the before and after of a change', async ({ page }, testInfo) => {
    await loginAs(page, 'city-admin', '/organizations')

    // A change to look at: the township's contact, edited through the API.
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('xinhuo.session') ?? '{}').token as string)
    const auth = { Authorization: `Bearer ${token}` }
    const found = await page.request.get(`/api/v1/organizations?q=${encodeURIComponent(TOWNSHIP)}`, { headers: auth })
    type Org = { id: number; name: string; type: string; regionCode: string | null; address: string | null; establishedOn: string | null; version: number }
    const township = ((await found.json()) as { items: Org[] }).items.find((o) => o.name === TOWNSHIP)!
    const contact = `审计测试-${unique()}`
    const { id, version, name, type, regionCode, address, establishedOn } = township
    const updated = await page.request.put(`/api/v1/organizations/${id}`, {
      headers: { ...auth, 'If-Match': `"${version}"` },
      data: { name, type, regionCode, address, contact, establishedOn },
    })
    expect(updated.status()).toBe(200)

    await openMenu(page, testInfo, '审计日志')
    await expect(page).toHaveURL(/\/audit$/)
    const entries = isPhone(testInfo) ? page.locator('.audit-card') : page.locator('.el-table__body tr.el-table__row')
    await expect(entries.filter({ hasText: '登录成功' }).filter({ hasText: 'city-admin' }).first()).toBeVisible()

    await page.getByRole('combobox', { name: '事件' }).click()
    await page.getByRole('option').filter({ hasText: 'ORGANIZATION_UPDATE' }).click()
    await page.getByRole('button', { name: '搜索', exact: true }).click()
    await expect(entries.first()).toContainText('修改组织')
    await expect(entries.filter({ hasText: '登录成功' })).toHaveCount(0)

    if (isPhone(testInfo)) await entries.first().getByRole('button', { name: '详情' }).click()
    else await entries.first().locator('.el-table__expand-icon').click()

    const diff = page.getByRole('table', { name: '详情' }).first()
    await expect(diff.getByRole('columnheader', { name: '修改前' })).toBeVisible()
    const changedContact = diff.locator('[data-changed]').filter({ hasText: 'contact' })
    await expect(changedContact).toContainText(contact)
    await expect(changedContact).toContainText('已修改')
  })
})
