import { readFileSync } from 'node:fs'
import { expect, test, type Download, type Page } from '@playwright/test'
import { expectNoHorizontalScroll, isPhone, loginAs, openMenu } from './helpers'

const CITY_TITLE = '五大连池市关工委2016年上半年关心下一代工作总结'

/** Everything typed in the editor's text boxes, one string: textarea values are not text content. */
async function paragraphsText(page: Page): Promise<string> {
  return (await page.locator('.report-editor textarea').evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value))).join('\n')
}

/** Clicks an export button and answers the download, with its content read. */
async function download(page: Page, button: string): Promise<{ download: Download; head: string; size: number }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()])
  const path = await file.path()
  const content = readFileSync(path)
  return { download: file, head: content.subarray(0, 2).toString('latin1'), size: content.length }
}

test.describe('工作总结', () => {
  test('the city admin generates the half-year draft, edits it and exports Word and the tables', async ({ page }, testInfo) => {
    await loginAs(page, 'city-admin', '/reports/work-summary?period=2016-H1')
    await expect(page.getByRole('heading', { name: '工作总结' })).toBeVisible()
    await expect(page.getByRole('combobox', { name: '期间', exact: true })).toBeVisible()

    // The link has already opened the draft; generating again reads it anew.
    const generate = page.getByRole('button', { name: '生成初稿' })
    await generate.click()
    await expect(generate).not.toHaveClass(/is-loading/)
    const title = page.getByRole('textbox', { name: '标题', exact: true })
    await expect(title).toHaveValue(CITY_TITLE)
    const text = await paragraphsText(page)
    expect(text).toContain('现有“五老”1286人，其中农村900人')
    expect(text).toContain('分别占100%、77%、100%')
    await expect(page).toHaveURL(/period=2016-H1/)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // Edited: the title, and a paragraph added to the first section.
    await title.fill(`${CITY_TITLE}（修改稿）`)
    await expect(page.getByText('已修改', { exact: true })).toBeVisible()
    await page.getByRole('button', { name: '在第 1 段后添加段落' }).first().click()
    await page.getByRole('textbox', { name: '第 2 段', exact: true }).first().fill('新增的一段')
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    const word = await download(page, '导出 Word')
    expect(word.download.suggestedFilename()).toMatch(/\.docx$/)
    expect(word.download.suggestedFilename()).toContain('修改稿')
    expect(word.size).toBeGreaterThan(0)
    expect(word.head).toBe('PK') // a .docx is a zip

    const pdf = await download(page, '导出 PDF')
    expect(pdf.download.suggestedFilename()).toMatch(/（修改稿）\.pdf$/)
    expect(pdf.head).toBe('%P') // %PDF-
    expect(pdf.size).toBeGreaterThan(1000)

    const tables = await download(page, '导出统计表')
    expect(tables.download.suggestedFilename()).toMatch(/\.xlsx$/)
    expect(tables.size).toBeGreaterThan(0)
    expect(tables.head).toBe('PK')

    // 恢复初稿 asks first, then the draft is back.
    await page.getByRole('button', { name: '恢复初稿' }).click()
    const confirm = page.getByRole('dialog', { name: '放弃修改' })
    await confirm.getByRole('button', { name: '确定' }).click()
    await expect(title).toHaveValue(CITY_TITLE)
    await expect(page.getByText('已修改', { exact: true })).toHaveCount(0)
  })

  test('a township admin’s draft is the township’s', async ({ page }, testInfo) => {
    await loginAs(page, 'xingan-admin', '/reports/work-summary?period=2016-H1')
    // A link with a period opens its draft without a click.
    const title = page.getByRole('textbox', { name: '标题', exact: true })
    await expect(title).toHaveValue(/^兴安乡关工委/)
    await expect(title).toHaveValue(/2016年上半年/)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
  })

  test('a changed period stays in the address, and leaving an edited summary asks first', async ({ page }, testInfo) => {
    await loginAs(page, 'city-admin', '/reports/work-summary')
    await page.locator('.el-form-item').filter({ hasText: '期间' }).locator('.el-select__wrapper').click()
    await page.getByRole('option', { name: '2016年全年', exact: true }).click()
    await expect(page).toHaveURL(/period=2016(&|$)/)
    await page.getByRole('button', { name: '生成初稿' }).click()
    const title = page.getByRole('textbox', { name: '标题', exact: true })
    await expect(title).toHaveValue(/^五大连池市关工委2016年/)

    await title.fill('改过的标题')
    await openMenu(page, testInfo, '组织机构')
    const leave = page.getByRole('dialog', { name: '离开页面' })
    await leave.getByRole('button', { name: '取消' }).click()
    await expect(page).toHaveURL(/\/reports\/work-summary/)
    await expect(title).toHaveValue('改过的标题')

    await openMenu(page, testInfo, '组织机构')
    await leave.getByRole('button', { name: '确定' }).click()
    await expect(page).toHaveURL(/\/organizations/)
  })
})
