import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import { isPhone, loginAs, openMenu, TOWNSHIP, unique } from './helpers'

/** A village group of 兴安乡 (seeds/demo): its seats are 组长, 常务副组长, 副组长 and members. */
const VILLAGE = '钟山村关工小组'

/** Picks an organization in an organization picker found by its label, searching part of the name. */
async function pickOrganization(page: Page, scope: Page | Locator, label: string, search: string, name: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(search)
  await page.getByRole('option').filter({ has: page.getByText(name, { exact: true }) }).click()
}

/** A seat of the current team: a table row on a desktop, a card on a phone. */
function seatEntry(page: Page, testInfo: TestInfo, person: string): Locator {
  return isPhone(testInfo)
    ? page.locator('.seat-card').filter({ hasText: person })
    : page.locator('.seat-table').getByRole('row').filter({ hasText: person })
}

/** Opens the leadership page from the menu and shows the village group's team. */
async function openVillageTeam(page: Page, testInfo: TestInfo): Promise<void> {
  await openMenu(page, testInfo, '领导班子')
  await expect(page).toHaveURL(/\/leadership$/)
  await expect(page.locator('.organization-name')).toHaveText(TOWNSHIP) // the user's own organization first
  await pickOrganization(page, page, '组织', '钟山村', VILLAGE)
  await expect(page.locator('.organization-name')).toHaveText(VILLAGE)
}

/** Fills a date field (el-date-picker) by typing, as a user with a keyboard would. */
async function typeDate(field: Locator, day: string): Promise<void> {
  await field.fill(day)
  await field.press('Enter')
}

test.describe('领导班子, 培训 and 调研', () => {
  test('a township admin appoints a leader, trains the leader at a class taken on a phone, and records a research visit', async ({
    page,
  }, testInfo) => {
    const person = `测试常务副组长${unique()}`
    const title = `新任班子成员培训班${unique()}`
    const ledBy = `兴安乡关工委主任${unique()}`

    await loginAs(page, 'xingan-admin')

    // 任命: a new 常务副组长 of the village group, not trained yet.
    await openVillageTeam(page, testInfo)
    await page.getByRole('button', { name: '任命', exact: true }).click()
    const appoint = page.getByRole('dialog', { name: '任命班子成员' })
    await expect(appoint.getByText('主任', { exact: true })).toHaveCount(0) // a group has no committee seats
    await appoint.getByText('常务副组长', { exact: true }).click()
    await appoint.getByLabel('姓名', { exact: true }).fill(person)
    await appoint.getByRole('button', { name: '保存' }).click()
    await expect(appoint).toBeHidden()

    const seat = seatEntry(page, testInfo, person)
    await expect(seat).toContainText('常务副组长')
    await expect(seat).toContainText('未培训')
    await expect(page.locator('.untrained-entry').filter({ hasText: person })).toBeVisible()

    // 培训: a class of the township held today; the new leader is proposed and ticked off with a tap.
    await openMenu(page, testInfo, '培训')
    await expect(page).toHaveURL(/\/trainings$/)
    await page.getByRole('button', { name: '新增培训' }).click()
    const create = page.getByRole('dialog', { name: '新增培训' })
    await expect(create.locator('.organization-select')).toContainText(TOWNSHIP) // the user's own organization
    await create.getByLabel('培训名称', { exact: true }).fill(title)
    await create.getByRole('button', { name: '保存' }).click()
    await expect(create).toBeHidden()

    await expect(page).toHaveURL(/\/trainings\/\d+$/)
    await expect(page.getByRole('heading', { name: title })).toBeVisible()
    await expect(page.locator('.attendee-count')).toHaveText('0 人参训')
    const proposed = page.locator('.proposed').getByRole('checkbox', { name: new RegExp(person) })
    await expect(proposed).toBeVisible()
    await expect(proposed).not.toBeChecked()
    await proposed.click()
    await expect(proposed).toBeChecked()
    await expect(proposed).toContainText('已签到')
    await expect(page.locator('.attendee-count')).toHaveText('1 人参训')

    // The list counts the attendee too.
    await page.getByRole('link', { name: '培训列表' }).click()
    await expect(page.getByRole('link', { name: title })).toBeVisible()

    // Back on the team: trained now, and off the untrained list.
    await openVillageTeam(page, testInfo)
    await expect(seatEntry(page, testInfo, person)).toContainText('已培训')
    await expect(page.locator('.untrained-entry').filter({ hasText: person })).toHaveCount(0)

    // 调研: the township's visit to two places.
    await openMenu(page, testInfo, '调研')
    await expect(page).toHaveURL(/\/research-visits$/)
    await expect(page.getByText(/^调研 \d+ 次$/)).toBeVisible()
    await page.getByRole('button', { name: '新增调研' }).click()
    const visit = page.getByRole('dialog', { name: '新增调研' })
    await visit.getByLabel('带队', { exact: true }).fill(ledBy)
    await pickOrganization(page, visit, '调研地点', '钟山村', VILLAGE)
    await pickOrganization(page, visit, '调研地点', '兴安乡', TOWNSHIP)
    await visit.getByLabel('调研内容', { exact: true }).fill('新任班子培训情况')
    await visit.getByRole('button', { name: '保存' }).click()
    await expect(visit).toBeHidden()

    const entry = isPhone(testInfo)
      ? page.locator('.visit-card').filter({ hasText: ledBy })
      : page.locator('.visit-table').getByRole('row').filter({ hasText: ledBy })
    await expect(entry.locator('.el-tag')).toHaveText([VILLAGE, TOWNSHIP])
  })

  test('an appointment that ends before it starts shows the error beside the end date', async ({ page }, testInfo) => {
    await loginAs(page, 'xingan-admin')
    await openVillageTeam(page, testInfo)
    await page.getByRole('button', { name: '任命', exact: true }).click()
    const appoint = page.getByRole('dialog', { name: '任命班子成员' })
    await appoint.getByText('副组长', { exact: true }).click()
    await appoint.getByLabel('姓名', { exact: true }).fill(`测试副组长${unique()}`)
    await typeDate(appoint.getByLabel('任职日期', { exact: true }), '2020-05-01')
    await typeDate(appoint.getByLabel('离任日期', { exact: true }), '2019-05-01')
    await appoint.getByRole('button', { name: '保存' }).click()

    const endedOn = appoint.locator('.el-form-item').filter({ hasText: '离任日期' })
    await expect(endedOn.locator('.el-form-item__error')).toHaveText('结束日期不能早于开始日期。')
    await expect(appoint).toBeVisible()
  })

  test('a viewer reads the leadership pages without write actions', async ({ page }, testInfo) => {
    await loginAs(page, 'city-viewer')
    await openMenu(page, testInfo, '领导班子')
    await expect(page.getByRole('heading', { name: '现任班子' })).toBeVisible()
    await expect(page.getByRole('button', { name: '任命', exact: true })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '离任' })).toHaveCount(0)
    await openMenu(page, testInfo, '培训')
    await expect(page.getByText(/^共 \d+ 次培训$/)).toBeVisible()
    await expect(page.getByRole('button', { name: '新增培训' })).toHaveCount(0)
    await openMenu(page, testInfo, '调研')
    await expect(page.getByText(/^共 \d+ 次调研$/)).toBeVisible()
    await expect(page.getByRole('button', { name: '新增调研' })).toHaveCount(0)
  })
})
