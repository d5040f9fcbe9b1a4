import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import { choose, isPhone, loginAs, openMenu, unique } from './helpers'

/** A 五老 of 兴安乡钟山村, already honoured by the city committee (seeds/demo/honors.json). */
const PERSON = '冯林'

/** Today in the browser's (and this machine's) time zone: the newest honour sorts first. */
function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** An honour's entry in the list: a table row on a desktop, a card on a phone. */
function honorEntry(page: Page, testInfo: TestInfo, title: string): Locator {
  return isPhone(testInfo)
    ? page.locator('.honor-card').filter({ hasText: title })
    : page.locator('.honor-table').getByRole('row').filter({ hasText: title })
}

async function pickPerson(page: Page, field: Locator, name: string): Promise<void> {
  await choose(page, field, name, page.getByRole('option').filter({ hasText: new RegExp(`^${name}\\s*钟山村关工小组`) }).first(), name)
}

/** The count in a summary text such as 典型 32 人. */
async function countIn(locator: Locator): Promise<number> {
  return Number((await locator.innerText()).match(/\d+/)![0])
}

test.describe('先进典型', () => {
  test('[V2] a township admin sees the summary and records an honour with a story kept as plain text', async ({ page }, testInfo) => {
    const title = `测试表彰${unique()}`
    const story = '兴安乡钟山村老农业技术员。\n<b>不是标签</b> & 不是实体'
    await loginAs(page, 'xingan-admin')
    await openMenu(page, testInfo, '先进典型')
    await expect(page).toHaveURL(/\/honors$/)

    // The township's 典型: people per level (each once) and those in the media.
    const models = page.getByText(/^典型 \d+ 人$/)
    await expect(models).toBeVisible()
    await expect.poll(() => countIn(models)).toBeGreaterThanOrEqual(2) // 王春志 and 冯林 at least
    await expect(page.getByText(/^媒体报道 \d+ 人$/)).toBeVisible()
    await expect(page.getByRole('img', { name: '各级别典型人数' })).toBeVisible()
    await expect(page.getByText(/^共 \d+ 条表彰记录$/)).toBeVisible()

    await page.getByRole('button', { name: '记录表彰' }).click()
    const dialog = page.getByRole('dialog', { name: '记录表彰' })
    await pickPerson(page, dialog.getByLabel('姓名'), PERSON)
    await dialog.locator('.el-form-item').filter({ hasText: '表彰级别' }).locator('.el-select__wrapper').click()
    await page.getByRole('option', { name: '乡镇级', exact: true }).click()
    await dialog.getByLabel('荣誉称号').fill(title)
    await dialog.getByLabel('表彰日期').fill(today())
    await dialog.getByLabel('表彰日期').press('Enter')
    await dialog.getByLabel('表彰单位').fill('兴安乡党委、政府')
    await dialog.getByLabel('先进事迹').fill(story)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    // The new honour opens; the story is text, not markup.
    await expect(page).toHaveURL(/\/honors\/\d+$/)
    await expect(page.getByRole('heading', { name: PERSON })).toBeVisible()
    await expect(page.getByText(title, { exact: true })).toBeVisible()
    await expect(page.locator('.fields')).toContainText('乡镇级')
    await expect(page.locator('.fields')).toContainText(today())
    await expect(page.locator('.story')).toContainText('<b>不是标签</b> & 不是实体')
    await expect(page.locator('.story b')).toHaveCount(0)

    // Back in the list, newest first, also when filtered by its level.
    await page.getByRole('link', { name: '返回列表' }).click()
    await expect(honorEntry(page, testInfo, title)).toContainText(PERSON)
    const search = page.getByRole('search')
    await search.locator('.el-select__wrapper').filter({ hasText: '全部级别' }).click()
    await page.getByRole('option', { name: '乡镇级', exact: true }).click()
    await search.getByRole('button', { name: '搜索', exact: true }).click()
    await expect(honorEntry(page, testInfo, title)).toContainText('乡镇级')
  })

  test('a township admin records media coverage and finds it in the coverage tab', async ({ page }) => {
    const headline = `五老风采${unique()}`
    await loginAs(page, 'xingan-admin', '/honors')
    await expect(page.getByText(/^媒体报道 \d+ 人$/)).toBeVisible()

    await page.getByRole('button', { name: '记录媒体报道' }).click()
    const dialog = page.getByRole('dialog', { name: '记录媒体报道' })
    await pickPerson(page, dialog.getByLabel('五老', { exact: true }), PERSON)
    await dialog.getByLabel('媒体', { exact: true }).fill('五大连池市电视台')
    await dialog.getByLabel('报道日期').fill(today())
    await dialog.getByLabel('报道日期').press('Enter')
    await dialog.getByLabel('报道标题').fill(headline)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    await expect(page.getByRole('tab', { name: '媒体报道' })).toHaveAttribute('aria-selected', 'true')
    const entry = page.locator('.coverage-card, .coverage-table .el-table__row').filter({ hasText: headline })
    await expect(entry).toContainText(PERSON)
    await expect(entry).toContainText('五大连池市电视台')
  })

  test('a viewer sees the city’s 典型 but records none', async ({ page }, testInfo) => {
    await loginAs(page, 'city-viewer', '/honors')
    // The report: 32 典型, 10 of them featured on TV (tests may add honours and reports to already honoured people).
    const models = page.getByText(/^典型 \d+ 人$/)
    await expect(models).toBeVisible()
    await expect.poll(() => countIn(models)).toBeGreaterThanOrEqual(32)
    await expect.poll(() => countIn(page.getByText(/^媒体报道 \d+ 人$/))).toBeGreaterThanOrEqual(10)
    await expect(page.getByRole('button', { name: '记录表彰' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '记录媒体报道' })).toHaveCount(0)

    const first = isPhone(testInfo) ? page.locator('.honor-card').first() : page.locator('.honor-table .name-link').first()
    await first.click()
    await expect(page).toHaveURL(/\/honors\/\d+$/)
    await expect(page.getByRole('heading', { name: '先进事迹' })).toBeVisible()
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0)
  })
})
