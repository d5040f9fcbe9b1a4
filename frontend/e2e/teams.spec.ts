import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import { isPhone, loginAs, openMenu, TOWNSHIP, unique } from './helpers'

/** A 五老 of 兴安乡钟山村 (seeds/demo), in the township admin's subtree. */
const PERSON = '冯林'

/** A team's entry in the list: a table row on a desktop, a card on a phone. */
function teamEntry(page: Page, testInfo: TestInfo, name: string): Locator {
  return isPhone(testInfo)
    ? page.locator('.team-card').filter({ hasText: name })
    : page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })
}

/** A member's entry on the team page: a table row on a desktop, a card on a phone. */
function memberEntry(page: Page, testInfo: TestInfo, name: string): Locator {
  return isPhone(testInfo)
    ? page.locator('.member-card').filter({ has: page.getByRole('link', { name, exact: true }) })
    : page.locator('.member-table').getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })
}

/** Picks an option of an el-select found by its form item's label or its placeholder. */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.locator('.el-select__wrapper').click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

test.describe('五老工作组织', () => {
  test('a township admin creates a team, adds a member, sees the count, and the member leaves', async ({ page }, testInfo) => {
    const name = `测试关爱团${unique()}`
    await loginAs(page, 'xingan-admin')
    await openMenu(page, testInfo, '五老工作组织')
    await expect(page).toHaveURL(/\/teams$/)
    await expect(page.getByText(/^共 \d+ 个工作组织，现有成员 \d+ 人$/)).toBeVisible()
    await expect(page.getByRole('img', { name: '各类型五老工作组织的组织数和成员数' })).toBeVisible()

    // Create: the new team opens.
    await page.getByRole('button', { name: '新增工作组织' }).click()
    const dialog = page.getByRole('dialog', { name: '新增五老工作组织' })
    await dialog.getByLabel('所属组织').fill('兴安乡')
    await page.getByRole('option').filter({ has: page.getByText(TOWNSHIP, { exact: true }) }).click()
    await dialog.getByText('关爱团', { exact: true }).click()
    await dialog.getByLabel('名称').fill(name)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    await expect(page).toHaveURL(/\/teams\/\d+$/)
    await expect(page.getByRole('heading', { name })).toBeVisible()
    const count = page.locator('.member-count')
    await expect(count).toHaveText('0 人')
    await expect(page.getByText('暂无成员')).toBeVisible()

    // A 五老 of the township joins, found by name.
    await page.getByRole('button', { name: '添加成员' }).click()
    const add = page.getByRole('dialog', { name: '添加成员' })
    await expect(add.getByText(`可选“${TOWNSHIP}”及其下级组织的五老`)).toBeVisible()
    await add.getByLabel('五老').fill(PERSON)
    await page.getByRole('option').filter({ hasText: /^冯林\s*钟山村关工小组/ }).first().click()
    await add.getByRole('button', { name: '保存' }).click()
    await expect(add).toBeHidden()

    await expect(count).toHaveText('1 人')
    await expect(page.getByText('现有成员 1 人')).toBeVisible()
    const member = memberEntry(page, testInfo, PERSON)
    await expect(member).toBeVisible()
    const teamUrl = page.url()

    // The register lists the team's current members.
    await page.getByRole('link', { name: '在五老队伍中查看成员' }).click()
    await expect(page).toHaveURL(/\/volunteers\?teamId=\d+$/)
    await expect(page.getByText(`仅看“${name}”的现有成员`)).toBeVisible()
    await expect(page.getByText('共 1 人', { exact: true })).toBeVisible()
    await expect(page.getByText(PERSON, { exact: true }).first()).toBeVisible()

    // The list shows the count too (township teams come first in the township's subtree).
    await page.goto('/teams')
    const search = page.getByRole('search')
    await search.getByLabel('所属组织').fill('兴安乡')
    await page.getByRole('option').filter({ has: page.getByText(TOWNSHIP, { exact: true }) }).click()
    await choose(page, search.locator('.el-select').filter({ hasText: '全部类型' }), '关爱团')
    await search.getByRole('button', { name: '搜索', exact: true }).click()
    const entry = teamEntry(page, testInfo, name)
    await expect(entry).toContainText('关爱团')
    await expect(entry).toContainText(TOWNSHIP)
    if (isPhone(testInfo)) await expect(entry).toContainText('1 人')
    else await expect(entry.getByRole('cell').nth(4)).toHaveText('1')

    // The member leaves today: no longer counted, the leaving date shown.
    await page.goto(teamUrl)
    await memberEntry(page, testInfo, PERSON).getByRole('button', { name: '离队' }).click()
    const leave = page.getByRole('dialog', { name: '成员离队' })
    await expect(leave).toContainText(`“${PERSON}”于`)
    await leave.getByRole('button', { name: '离队' }).click()
    await expect(leave).toBeHidden()

    await expect(count).toHaveText('0 人')
    await expect(page.getByText('现有成员 0 人')).toBeVisible()
    await expect(page.getByText('已离队 1 人')).toBeVisible()
    await expect(memberEntry(page, testInfo, PERSON)).toContainText(/\d{4}-\d{2}-\d{2}.*\d{4}-\d{2}-\d{2}/)
    await expect(memberEntry(page, testInfo, PERSON).getByRole('button', { name: '离队' })).toHaveCount(0)
  })

  test('the server’s refusal is shown on the form’s fields', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/teams')
    await page.getByRole('button', { name: '新增工作组织' }).click()
    const dialog = page.getByRole('dialog', { name: '新增五老工作组织' })
    await dialog.getByRole('button', { name: '保存' }).click()

    const nameItem = dialog.locator('.el-form-item').filter({ has: page.getByLabel('名称') })
    await expect(nameItem.locator('.el-form-item__error')).toBeVisible()
    await expect(nameItem.locator('.el-form-item__error')).not.toBeEmpty()
    const organizationItem = dialog.locator('.el-form-item').filter({ has: page.getByLabel('所属组织') })
    await expect(organizationItem.locator('.el-form-item__error')).toHaveText('请选择所属组织')
    await expect(dialog).toBeVisible()
  })

  test('a viewer sees the city’s teams and their members but cannot change them', async ({ page }, testInfo) => {
    await loginAs(page, 'city-viewer', '/teams')
    // The demo data: the report's 186 teams (143 care, 22 lecture, 21 art).
    await expect(page.getByText(/^关爱团 1\d\d 个 \/ \d+ 人$/)).toBeVisible()
    await expect(page.getByText(/^报告团 22 个 \/ \d+ 人$/)).toBeVisible()
    await expect(page.getByText(/^艺术团 21 个 \/ \d+ 人$/)).toBeVisible()
    await expect(page.getByRole('button', { name: '新增工作组织' })).toHaveCount(0)

    const first = isPhone(testInfo) ? page.locator('.team-card').first() : page.locator('.team-table .name-link').first()
    await first.click()
    await expect(page).toHaveURL(/\/teams\/\d+$/)
    await expect(page.getByText(/^现有成员 \d+ 人$/)).toBeVisible()
    await expect(page.getByRole('button', { name: '添加成员' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '离队' })).toHaveCount(0)
  })
})
