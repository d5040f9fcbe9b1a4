import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoHorizontalScroll, figure, isPhone, loginAs, ROOT, TOWNSHIP, tokenOf } from './helpers'

/** Each dashboard figure opens the list of its records, filtered as it counts, the filters in the address. */

/** The dashboard of 2016-H1 with its figures arrived. */
async function openDashboard(page: Page): Promise<void> {
  await loginAs(page, 'city-admin', '/dashboard?period=2016-H1')
  await expect(page.locator('.figures')).toHaveAttribute('aria-busy', 'false')
  await expect(page.locator('.period-text')).toContainText('2016-01-01 至 2016-06-30')
}

async function valueOf(card: Locator): Promise<number> {
  return Number(await card.locator('.value').innerText())
}

/** What the API answers now: other tests add records, so lists are compared with live counts. */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path, { headers: { Authorization: `Bearer ${await tokenOf(page)}` } })
  expect(response.status(), path).toBe(200)
  return (await response.json()) as T
}

const totalOf = async (page: Page, path: string) => (await apiGet<{ total: number }>(page, path)).total

/** Rural 五老 of the user's committee on the last day of a period (the current half-year without one). */
async function ruralOn(page: Page, period?: string): Promise<number> {
  const summary = await apiGet<{ volunteers: { byResidence: { key: string; count: number }[] } }>(
    page,
    `/api/v1/stats/summary${period ? `?period=${period}` : ''}`,
  )
  return summary.volunteers.byResidence.find((c) => c.key === 'RURAL')?.count ?? 0
}

/** The residence of each 五老 shown: a table column on a desktop, a line of each card on a phone. */
function residences(page: Page, phone: boolean): Locator {
  return phone
    ? page.locator('.volunteer-card .card-meta span:nth-child(3)')
    : page.locator('.volunteer-table .el-table__body tr td:nth-child(7)')
}

const queryOf = (page: Page) => new URL(page.url()).searchParams

test.describe('the records behind a figure (drill-down)', () => {
  test('农村五老 opens the rural 五老 of the city, the filter shown and in the address', async ({ page }, testInfo) => {
    await openDashboard(page)
    const rural = figure(page, '农村五老')
    const shown = await valueOf(rural)
    await rural.click()

    await expect(page).toHaveURL(/\/volunteers\?/)
    const query = queryOf(page)
    expect(query.get('residence')).toBe('RURAL')
    expect(query.get('within')).toMatch(/^\d+$/)
    const bar = page.getByRole('search')
    await expect(bar.locator('.el-select__wrapper').filter({ hasText: '农村' })).toBeVisible()
    await expect(bar.locator('.organization')).toContainText(ROOT)

    // The count is the register's now; the card's is the register of 2016-06-30: with the demo data
    // alone they are equal, and rural 五老 added since (by other tests) are on both sides.
    const total = await totalOf(page, `/api/v1/volunteers?residence=RURAL&within=${query.get('within')}&size=1`)
    await expect(page.getByText(`共 ${total} 人`, { exact: true })).toBeVisible()
    expect(total - shown).toBe((await ruralOn(page)) - (await ruralOn(page, '2016-H1')))
    expect(total).toBeLessThan(await totalOf(page, '/api/v1/volunteers?size=1'))

    const shownResidences = residences(page, isPhone(testInfo))
    await expect(shownResidences.first()).toBeVisible()
    expect(new Set(await shownResidences.allInnerTexts())).toEqual(new Set(['农村']))
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // Back: the dashboard as it was left.
    await page.goBack()
    await expect(page).toHaveURL(/\/dashboard\?period=2016-H1$/)
    await expect(figure(page, '农村五老').locator('.value')).toHaveText(String(shown))
  })

  test('兴安乡’s 五老工作组织 opens the teams of its subtree only', async ({ page }, testInfo) => {
    await openDashboard(page)
    await page.locator('.child-organizations').getByRole('link', { name: TOWNSHIP }).click()
    await expect(page).toHaveURL(/orgId=\d+/)
    const townshipId = queryOf(page).get('orgId')
    await expect(page.locator('.period-text')).toContainText(TOWNSHIP)
    await expect(page.locator('.figures')).toHaveAttribute('aria-busy', 'false')
    const teams = figure(page, '五老工作组织')
    const shown = await valueOf(teams)
    await teams.click()

    await expect(page).toHaveURL(new RegExp(`/teams\\?within=${townshipId}$`))
    await expect(page.getByRole('search').locator('.organization')).toContainText(TOWNSHIP)
    // The card counts the teams established by the period's last day; the list shows the teams as they stand
    // today, with any made since by other tests.
    const onLastDay = await apiGet<{ teams: { teams: number } }>(page, `/api/v1/stats/summary?orgId=${townshipId}&period=2016-H1`)
    expect(shown).toBe(onLastDay.teams.teams)
    const total = await totalOf(page, `/api/v1/teams?within=${townshipId}&size=1`)
    expect(total).toBeGreaterThanOrEqual(shown)
    await expect(page.getByText(`共 ${total} 个工作组织`, { exact: true })).toBeVisible()
    await expect(page.getByText(new RegExp(`^共 ${total} 个工作组织，现有成员 \\d+ 人$`))).toBeVisible()
    expect(total).toBeLessThan(await totalOf(page, '/api/v1/teams?size=1'))
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // Another organization chosen in the list goes into the address in place: Back leaves the list.
    await page.getByRole('search').getByRole('button', { name: '重置' }).click()
    await expect(page).toHaveURL(/\/teams$/)
    await expect(page.getByText(`共 ${await totalOf(page, '/api/v1/teams?size=1')} 个工作组织`, { exact: true })).toBeVisible()
    await page.goBack()
    await expect(page).toHaveURL(/\/dashboard\?/)
    expect(Object.fromEntries(queryOf(page))).toEqual({ orgId: townshipId, period: '2016-H1' })
    await expect(page.locator('.period-text')).toContainText(TOWNSHIP)
  })

  test('培训班 opens the period’s classes; a reload keeps the filters', async ({ page }, testInfo) => {
    await openDashboard(page)
    const trainings = figure(page, '培训班')
    const shown = await valueOf(trainings)
    await trainings.click()

    await expect(page).toHaveURL(/\/trainings\?within=\d+&from=2016-01-01&to=2016-06-30$/)
    const address = page.url()
    const total = await totalOf(page, `/api/v1/trainings?${queryOf(page).toString()}&size=1`)
    expect(total).toBeGreaterThanOrEqual(shown)

    async function expectFiltered(): Promise<void> {
      await expect(page.getByRole('combobox', { name: '开始日期' })).toHaveValue('2016-01-01')
      await expect(page.getByRole('combobox', { name: '结束日期' })).toHaveValue('2016-06-30')
      await expect(page.getByRole('search').locator('.organization')).toContainText(ROOT)
      await expect(page.getByText(`共 ${total} 次培训`, { exact: true })).toBeVisible()
    }
    await expectFiltered()
    await page.reload()
    expect(page.url()).toBe(address)
    await expectFiltered()
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // A value the list does not know is ignored: the default stands.
    await page.goto('/trainings?within=x&from=2016-02-30&to=2016-06-30')
    await expect(page.getByRole('combobox', { name: '开始日期' })).toHaveValue('')
    await expect(page.getByRole('combobox', { name: '结束日期' })).toHaveValue('2016-06-30')
    const upToJune = await totalOf(page, '/api/v1/trainings?to=2016-06-30&size=1')
    await expect(page.getByText(`共 ${upToJune} 次培训`, { exact: true })).toBeVisible()
  })

  test('抽查 and 党建带关工 open the spot checks and the party branches of the period’s year', async ({ page }, testInfo) => {
    await openDashboard(page)
    await figure(page, '抽查').click()
    await expect(page).toHaveURL(/\/awards\?within=\d+&tab=spot-checks&year=2016$/)
    const within = queryOf(page).get('within')
    await expect(page.getByRole('tab', { name: '抽查安排' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator('.spot-checks-tab .el-select__wrapper').filter({ hasText: '2016 年' })).toBeVisible()
    const due = await apiGet<{ total: number; overdue: number }>(
      page,
      `/api/v1/evaluations/spot-checks-due?year=2016&within=${within}&size=1`,
    )
    await expect(page.getByText(`共 ${due.total} 个五好关工组织，${due.overdue} 个抽查逾期`, { exact: true })).toBeVisible()
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    await page.goBack()
    await expect(page.locator('.figures')).toHaveAttribute('aria-busy', 'false')
    await figure(page, '党建带关工').click()
    await expect(page).toHaveURL(new RegExp(`/party-building\\?within=${within}&year=2016$`))
    await expect(page.getByRole('search').locator('.el-select__wrapper').filter({ hasText: '2016 年' })).toBeVisible()
    await expect(page.getByRole('search').locator('.organization')).toContainText(ROOT)
    const branches = await totalOf(page, `/api/v1/party-building/results?year=2016&within=${within}&size=1`)
    await expect(page.getByText(`共 ${branches} 个党支部`, { exact: true })).toBeVisible()
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
  })
})
