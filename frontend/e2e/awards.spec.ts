import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test'
import { AwardsApi, type ConfirmedEvaluation } from './awards-api'
import { expectNoHorizontalScroll, isPhone, loginAs, openMenu, TOWNSHIP } from './helpers'
import { daysAgo } from './pairs-api'

/** How the SPA names an evaluation in the decide dialog and the history: 复查 2026-05-01 · 60 分 · 未达标. */
function evaluationText(kind: '自查' | '复查', e: ConfirmedEvaluation): string {
  return `${kind} ${e.evaluatedOn} · ${e.total} 分 · ${e.passed ? '达标' : '未达标'}`
}

/** Shows the board for one organization's subtree (the organization select of the search bar). */
async function filterBoard(page: Page, organization: string): Promise<void> {
  const search = page.getByRole('search')
  await search.getByLabel('组织', { exact: true }).fill(organization)
  await page.getByRole('listbox', { name: '组织', exact: true }).getByRole('option').filter({ hasText: organization }).click()
  await search.getByRole('button', { name: '搜索', exact: true }).click()
}

/** An organization among the holders: a table row on a desktop, a card on a phone. */
function holderEntry(page: Page, testInfo: TestInfo, organization: string): Locator {
  return isPhone(testInfo)
    ? page.locator('.holder-card').filter({ hasText: organization })
    : page.locator('.holder-table').getByRole('row').filter({ hasText: organization })
}

/** Chooses the evaluation of a step in the dialog; only those the step may rest on are offered. */
async function chooseEvaluation(page: Page, dialog: Locator, offered: string[], chosen: string): Promise<void> {
  await dialog.locator('.el-form-item').filter({ hasText: '依据考核' }).locator('.el-select__wrapper').click()
  const listbox = page.getByRole('listbox', { name: '依据考核', exact: true })
  await expect(listbox.getByRole('option')).toHaveCount(offered.length)
  for (const text of offered) await expect(listbox.getByRole('option').filter({ hasText: text })).toHaveCount(1)
  await listbox.getByRole('option').filter({ hasText: chosen }).click()
}

test.describe('五好创建', () => {
  test('the city awards a school’s title, warns it on a failed recheck and revokes it on the next', async ({ page }, testInfo) => {
    // A new school group under a township: its own title and evaluations, whatever ran before.
    const api = await AwardsApi.as(page, 'city-admin')
    const school = await api.schoolGroup(TOWNSHIP)
    const sheet = await api.fiveGoodSheet(school.id)
    const selfCheck = await api.confirmedEvaluation(school.id, sheet, 'SELF_CHECK', daysAgo(30), 1)
    const firstRecheck = await api.confirmedEvaluation(school.id, sheet, 'RECHECK', daysAgo(20), 0.6)
    const secondRecheck = await api.confirmedEvaluation(school.id, sheet, 'RECHECK', daysAgo(10), 0.4)
    expect([selfCheck.passed, firstRecheck.passed, secondRecheck.passed]).toEqual([true, false, false])
    const passing = evaluationText('自查', selfCheck)
    const failedFirst = evaluationText('复查', firstRecheck)
    const failedSecond = evaluationText('复查', secondRecheck)

    await loginAs(page, 'city-admin')
    await openMenu(page, testInfo, '五好创建')
    await expect(page).toHaveURL(/\/awards$/)
    await expect(page.getByText(/^共 \d+ 个五好关工组织$/)).toBeVisible()

    // 授牌: an organization without the title is offered that step only, on its passing evaluation.
    await page.getByRole('button', { name: '评定', exact: true }).click()
    let dialog = page.getByRole('dialog', { name: '五好评定' })
    await dialog.getByLabel('组织', { exact: true }).fill(school.name)
    await page.getByRole('listbox', { name: '组织', exact: true }).getByRole('option').filter({ hasText: school.name }).click()
    await expect(dialog.locator('.el-form-item').filter({ hasText: '当前状态' })).toContainText('未获授牌')
    await expect(dialog.getByRole('radio')).toHaveCount(1)
    await expect(dialog.getByRole('radio', { name: '授牌' })).toBeChecked()
    await expect(dialog.getByLabel('决定单位/人', { exact: true })).toHaveValue('市关工委管理员')
    await chooseEvaluation(page, dialog, [passing], passing)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
    await dialog.getByRole('button', { name: '确定' }).click()
    await expect(dialog).toBeHidden()

    // The school is among the holders, not warned.
    await filterBoard(page, school.name)
    await expect(page.getByText('共 1 个五好关工组织', { exact: true })).toBeVisible()
    const holder = holderEntry(page, testInfo, school.name)
    await expect(holder).toBeVisible()
    await expect(holder).not.toContainText('滑坡警告')
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // 滑坡警告 from the school's history, on a failed recheck (the self-check is not offered).
    await (isPhone(testInfo) ? holder : holder.getByRole('link', { name: school.name })).click()
    await expect(page).toHaveURL(new RegExp(`/awards/organizations/${school.id}$`))
    await expect(page.getByRole('heading', { name: school.name })).toBeVisible()
    await expect(page.locator('.page-header .standing')).toHaveText('五好关工组织')
    await page.getByRole('button', { name: '评定', exact: true }).click()
    dialog = page.getByRole('dialog', { name: '五好评定' })
    await expect(dialog.getByRole('radio')).toHaveCount(1)
    await expect(dialog.getByRole('radio', { name: '滑坡警告' })).toBeChecked()
    await chooseEvaluation(page, dialog, [failedSecond, failedFirst], failedFirst)
    await dialog.getByRole('button', { name: '确定' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.locator('.page-header .standing')).toHaveText('已滑坡警告')

    // The board marks the holder as slipping.
    await page.getByRole('link', { name: '返回五好创建' }).click()
    await filterBoard(page, school.name)
    await expect(page.getByText('共 1 个五好关工组织', { exact: true })).toBeVisible()
    await expect(holderEntry(page, testInfo, school.name)).toContainText('滑坡警告')
    await page.goto(`/awards/organizations/${school.id}`)

    // 摘牌 on the second recheck: refused without a reason, done with one.
    await page.getByRole('button', { name: '评定', exact: true }).click()
    dialog = page.getByRole('dialog', { name: '五好评定' })
    await expect(dialog.getByRole('radio')).toHaveCount(2)
    await dialog.locator('.el-radio').filter({ hasText: '摘牌' }).click()
    await expect(dialog.getByRole('radio', { name: '摘牌' })).toBeChecked()
    await chooseEvaluation(page, dialog, [failedSecond], failedSecond)
    await dialog.getByRole('button', { name: '确定' }).click()
    const reasonItem = dialog.locator('.el-form-item').filter({ has: page.getByLabel('原因', { exact: true }) })
    await expect(reasonItem.locator('.el-form-item__error')).toHaveText('摘牌须说明原因。')
    await expect(dialog).toBeVisible()
    await dialog.getByLabel('原因', { exact: true }).fill('连续两次复查未达标，整改不到位')
    await dialog.getByRole('button', { name: '确定' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.locator('.page-header .standing')).toHaveText('已摘牌')

    // The history, oldest first: each step with its evaluation, linking to it.
    const steps = page.locator('.title-step')
    await expect(steps).toHaveCount(3)
    const expected = [
      { kind: '授牌', evaluation: selfCheck, text: passing },
      { kind: '滑坡警告', evaluation: firstRecheck, text: failedFirst },
      { kind: '摘牌', evaluation: secondRecheck, text: failedSecond },
    ]
    for (const [i, step] of expected.entries()) {
      const entry = steps.nth(i)
      await expect(entry.locator('.el-tag')).toHaveText(step.kind)
      await expect(entry).toContainText('决定：市关工委管理员')
      await expect(entry.getByRole('link', { name: step.text })).toHaveAttribute('href', `/evaluations/${step.evaluation.id}`)
    }
    await expect(steps.nth(2)).toContainText('原因：连续两次复查未达标，整改不到位')
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // No longer a holder; its three steps are on the steps tab.
    await page.getByRole('link', { name: '返回五好创建' }).click()
    await filterBoard(page, school.name)
    await expect(page.getByText('共 0 个五好关工组织', { exact: true })).toBeVisible()
    await expect(holderEntry(page, testInfo, school.name)).toHaveCount(0)
    await page.getByRole('tab', { name: '评定记录' }).click()
    await expect(page.getByText('共 3 条评定记录，最新的在前', { exact: true })).toBeVisible()
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
  })

  test('the demo’s rates on 2016-06-30: 13/13, 87 villages 67 awarded (77%), 6/6', async ({ page }, testInfo) => {
    await loginAs(page, 'city-admin', '/awards')
    const rates = page.getByRole('region', { name: '授牌率' })
    const on = rates.getByLabel('统计日期', { exact: true })
    await on.fill('2016-06-30')
    await on.press('Enter')
    const row = (type: string) => rates.locator('.rates-table').getByRole('row').filter({ hasText: type })
    const counts = async (type: string) => (await row(type).getByRole('cell').allInnerTexts()).map((t) => t.trim())
    // Type, enrolled, awarded, rate, warned, revoked: none revoked so far.
    await expect.poll(async () => (await counts('行政村关工小组')).slice(0, 4)).toEqual(['行政村关工小组', '87', '67', '77%'])
    expect((await counts('乡镇/街道关工委')).slice(0, 4)).toEqual(['乡镇/街道关工委', '13', '13', '100%'])
    expect((await counts('社区关工小组')).slice(0, 4)).toEqual(['社区关工小组', '6', '6', '100%'])
    for (const type of ['乡镇/街道关工委', '行政村关工小组', '社区关工小组']) expect((await counts(type))[5]).toBe('0')
    await expect(rates.getByRole('img', { name: /授牌率/ })).toBeVisible()
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
  })

  test('a viewer sees the board and a history but decides nothing', async ({ page }) => {
    const township = await (await AwardsApi.as(page, 'city-viewer')).organizationId(TOWNSHIP)
    await loginAs(page, 'city-viewer', '/awards')
    await expect(page.getByText(/^共 \d+ 个五好关工组织$/)).toBeVisible()
    await expect(page.getByRole('button', { name: '评定', exact: true })).toHaveCount(0)
    await page.getByRole('tab', { name: '评定记录' }).click()
    await expect(page.getByText(/^共 \d+ 条评定记录/)).toBeVisible()

    // A township committee of the demo holds the title since the first plan: its history, the step naming its evaluation.
    await page.goto(`/awards/organizations/${township}`)
    await expect(page.getByRole('heading', { name: TOWNSHIP })).toBeVisible()
    await expect(page.locator('.page-header .standing')).toHaveText('五好关工组织')
    await expect(page.locator('.title-step').first().locator('.el-tag')).toHaveText('授牌')
    await expect(page.locator('.title-step').first().getByRole('link', { name: / · \d+(\.\d+)? 分 · 达标$/ })).toHaveAttribute('href', /^\/evaluations\/\d+$/)
    await expect(page.getByRole('button', { name: '评定', exact: true })).toHaveCount(0)
  })
})
