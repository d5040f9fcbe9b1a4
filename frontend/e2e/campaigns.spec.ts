import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import { AwardsApi } from './awards-api'
import { expectNoHorizontalScroll, isPhone, loginAs, openMenu, TOWNSHIP, unique } from './helpers'

const SECOND_PLAN = '第二个“五好”创建三年规划（2014—2016）'

/** The progress table's row of a year (or 规划合计) and an organization type. */
function progressRow(page: Page, year: string, type: string): Locator {
  return page
    .locator('.progress-table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: year, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: type, exact: true }) })
}

/** Target, planned, enrolled, awarded and reached of a progress row, as shown. */
async function progressCounts(row: Locator): Promise<string[]> {
  const cells = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim())
  return cells.slice(2)
}

/** Picks an option of an open select by its text (scoped to the listbox named after the select). */
async function pick(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.locator('.el-select__wrapper').filter({ has: page.getByLabel(label, { exact: true }) }).click()
  await page.getByRole('listbox', { name: label, exact: true }).getByRole('option', { name: option, exact: true }).click()
}

/** An organization of the plan's list: a table row on a desktop, a card on a phone. */
function enrolmentEntry(page: Page, testInfo: TestInfo, name: string): Locator {
  return isPhone(testInfo)
    ? page.locator('.enrolment-card').filter({ hasText: name })
    : page.locator('.enrolment-table').getByRole('row').filter({ hasText: name })
}

test.describe('创建规划', () => {
  test('the city’s second plan: 8 villages planned for 2016, its last year', async ({ page }, testInfo) => {
    await loginAs(page, 'city-admin')
    await openMenu(page, testInfo, '创建规划')
    await expect(page).toHaveURL(/\/campaigns$/)
    await expect(page.getByText(/^共 \d+ 个创建规划$/)).toBeVisible()
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    await page.getByRole('link', { name: SECOND_PLAN }).first().click()
    await expect(page).toHaveURL(/\/campaigns\/\d+$/)
    await expect(page.getByRole('heading', { name: SECOND_PLAN })).toBeVisible()

    const village2016 = progressRow(page, '2016', '行政村关工小组')
    await expect(village2016).toBeVisible()
    expect((await progressCounts(village2016)).slice(0, 2)).toEqual(['8', '8'])

    // The list, filtered to the planned ones of 2016: the eight villages, each can be recorded as enrolled.
    await expect(page.getByText(/^共 \d+ 个组织$/)).toBeVisible()
    const search = page.getByRole('search')
    await pick(page, search, '计划年度', '2016 年')
    await pick(page, search, '状态', '计划进入')
    await search.getByRole('button', { name: '搜索', exact: true }).click()
    await expect(page.getByText('共 8 个组织', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: '记录进入' })).toHaveCount(8)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
  })

  test('a new plan with a school target; a school group planned, then recorded as enrolled', async ({ page }, testInfo) => {
    const school = await (await AwardsApi.as(page, 'city-admin')).schoolGroup(TOWNSHIP)
    const name = `第三个“五好”创建规划（测试${unique()}）`
    const year = String(new Date().getFullYear())

    await loginAs(page, 'city-admin', '/campaigns')
    await page.getByRole('button', { name: '新建规划' }).click()
    const editor = page.getByRole('dialog', { name: '新建创建规划' })
    await expect(editor.getByLabel('制定单位', { exact: true })).toBeVisible()
    await editor.getByLabel('规划名称', { exact: true }).fill(name)
    await pick(page, editor, '组织类型 1', '学校关工组织')
    await editor.getByLabel('目标数 1', { exact: true }).fill('2')
    // A second row, removed again: rows can be added and removed.
    await editor.getByRole('button', { name: '添加目标' }).click()
    await expect(editor.getByLabel('目标数 2', { exact: true })).toBeVisible()
    await editor.getByRole('button', { name: '删除 2' }).click()
    await expect(editor.getByLabel('目标数 2', { exact: true })).toHaveCount(0)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
    await editor.getByRole('button', { name: '确定' }).click()
    await expect(editor).toBeHidden()

    await expect(page).toHaveURL(/\/campaigns\/\d+$/)
    await expect(page.getByRole('heading', { name })).toBeVisible()
    const schools = progressRow(page, year, '学校关工组织')
    await expect(schools).toBeVisible()
    expect(await progressCounts(schools)).toEqual(['2', '0', '0', '0', '0%'])
    await expect(page.getByText('共 0 个组织', { exact: true })).toBeVisible()

    // Planned for this year.
    await page.getByRole('button', { name: '列入规划' }).click()
    let dialog = page.getByRole('dialog', { name: '列入创建规划' })
    await dialog.getByLabel('组织', { exact: true }).fill(school.name)
    await page.getByRole('listbox', { name: '组织', exact: true }).getByRole('option').filter({ hasText: school.name }).click()
    await expect(dialog.getByRole('radio', { name: '计划进入' })).toBeChecked()
    await dialog.getByRole('button', { name: '确定' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText('共 1 个组织', { exact: true })).toBeVisible()
    await expect.poll(() => progressCounts(schools)).toEqual(['2', '1', '0', '0', '0%'])

    // Listed twice is refused, at the organization.
    await page.getByRole('button', { name: '列入规划' }).click()
    dialog = page.getByRole('dialog', { name: '列入创建规划' })
    await dialog.getByLabel('组织', { exact: true }).fill(school.name)
    await page.getByRole('listbox', { name: '组织', exact: true }).getByRole('option').filter({ hasText: school.name }).click()
    await dialog.getByRole('button', { name: '确定' }).click()
    await expect(dialog.locator('.el-form-item').filter({ hasText: '组织' }).first().locator('.el-form-item__error')).toBeVisible()
    await dialog.getByRole('button', { name: '取消' }).click()
    await expect(dialog).toBeHidden()

    // The school enrols: recorded from the list.
    const entry = enrolmentEntry(page, testInfo, school.name)
    await expect(entry).toContainText('计划进入')
    await entry.getByRole('button', { name: '记录进入' }).click()
    dialog = page.getByRole('dialog', { name: '记录进入创建行列' })
    await expect(dialog.getByRole('radio', { name: '已进入创建行列' })).toBeChecked()
    await expect(dialog.getByLabel('进入日期', { exact: true })).not.toHaveValue('')
    await dialog.getByRole('button', { name: '确定' }).click()
    await expect(dialog).toBeHidden()
    await expect(entry).toContainText('已进入创建行列')
    await expect(entry.getByRole('button', { name: '记录进入' })).toHaveCount(0)
    await expect.poll(() => progressCounts(schools)).toEqual(['2', '0', '1', '0', '50%'])
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // The plan is the city's own: among the plans, and editable.
    await expect(page.getByRole('button', { name: '编辑规划' })).toBeVisible()
    await page.getByRole('link', { name: '返回创建规划' }).click()
    await expect(page.getByRole('link', { name })).toBeVisible()
  })

  test('a township admin sees the city’s plan read only, with its targets', async ({ page }, testInfo) => {
    await loginAs(page, 'xingan-admin', '/campaigns')
    const link = page.getByRole('link', { name: SECOND_PLAN }).first()
    await expect(link).toBeVisible()
    await expect(page.getByRole('button', { name: '新建规划' })).toBeVisible() // its own plans it may make
    await link.click()
    await expect(page.getByRole('heading', { name: SECOND_PLAN })).toBeVisible()
    await expect(page.getByText(/^上级关工委的规划，只可查看/)).toBeVisible()
    await expect(page.getByRole('button', { name: '编辑规划' })).toHaveCount(0)
    const target2016 = page.locator('.target-table').getByRole('row').filter({ hasText: '2016' })
    await expect(target2016).toContainText('行政村关工小组')
    await expect(target2016).toContainText('8')
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
  })
})
