import { readFile } from 'node:fs/promises'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { expectNoHorizontalScroll, isPhone, loginAs, openMenu } from './helpers'

async function chooseYear(page: Page, year: number): Promise<void> {
  await page.getByRole('search').locator('.el-select__wrapper').filter({ has: page.getByLabel('年度', { exact: true }) }).click()
  await page.getByRole('listbox', { name: '年度', exact: true }).getByRole('option', { name: `${year} 年`, exact: true }).click()
}

/** The 不可评 marks on every page of the list (walking the pager). */
async function countIneligible(page: Page, testInfo: TestInfo): Promise<number> {
  const marks = page.locator('.advanced-tag').filter({ hasText: /^\s*不可评\s*$/ })
  let count = 0
  for (;;) {
    await expect(page.locator(isPhone(testInfo) ? '.result-card' : '.result-table .el-table__row').first()).toBeVisible()
    count += await marks.count()
    const next = page.locator('.pager .btn-next')
    if ((await next.count()) === 0 || (await next.isDisabled())) return count
    const first = await page.locator(isPhone(testInfo) ? '.result-card .name' : '.result-table .el-table__row td:nth-child(2)').first().innerText()
    await next.click()
    await expect(page.locator(isPhone(testInfo) ? '.result-card .name' : '.result-table .el-table__row td:nth-child(2)').first()).not.toHaveText(first)
  }
}

test.describe('党建带关工', () => {
  test('2015: three branches failed at year end and may not be rated advanced; the year exports as .xlsx', async ({ page }, testInfo) => {
    await loginAs(page, 'city-admin')
    await openMenu(page, testInfo, '党建带关工')
    await expect(page).toHaveURL(/\/party-building$/)

    await chooseYear(page, 2015)
    await expect(page.getByText(/^共 \d+ 个党支部$/)).toBeVisible()
    await expect(page.locator('.stat--failed .value')).toHaveText('3')
    // (Pending counts depend on the branches other tests add: not checked.)
    // The scores link to their evaluations.
    await expect(page.getByRole('link', { name: /^年终总评 \d/ }).first()).toHaveAttribute('href', /^\/evaluations\/\d+$/)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: '导出 Excel' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('党建带关工考核结果-2015.xlsx')
    const bytes = await readFile((await file.path())!)
    expect(bytes.subarray(0, 2).toString()).toBe('PK') // a zip: the .xlsx container

    expect(await countIneligible(page, testInfo)).toBe(3)

    // The year is remembered.
    await page.reload()
    await expect(page.getByRole('search').getByLabel('年度', { exact: true })).toBeVisible()
    await expect(page.locator('.filters .year')).toContainText('2015 年')
  })

  test('2016 has the half-year results only: every branch waits for its year-end assessment', async ({ page }) => {
    await loginAs(page, 'city-admin', '/party-building')
    await chooseYear(page, 2016)
    await expect(page.getByText(/^共 \d+ 个党支部$/)).toBeVisible()
    await expect(page.locator('.stat--failed .value')).toHaveText('0')
    await expect(page.locator('.advanced-tag').first()).toHaveText('待年终总评')
  })
})
