import { expect, test, type Locator, type Page } from '@playwright/test'
import { loginAs, openMenu, unique } from './helpers'
import { daysAgo, HEGUANG, PairsApi } from './pairs-api'

/** Picks an option of an el-select found by its label (the placeholder over the input takes the click). */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.locator('xpath=ancestor::div[contains(@class, "el-select__wrapper")]').click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

async function pickDate(field: Locator, day: string): Promise<void> {
  await field.fill(day)
  await field.press('Enter')
}

test.describe('帮扶对子', () => {
  test('a township admin pairs a 五老 with a new beneficiary recorded on the spot', async ({ page }, testInfo) => {
    const api = await PairsApi.as(page)
    const village = await api.organizationId(HEGUANG)
    const volunteer = await api.volunteer(village)
    const beneficiary = `魏测${unique()}`

    await loginAs(page, 'xingan-admin')
    await openMenu(page, testInfo, '帮扶对子')
    await expect(page).toHaveURL(/\/pairs$/)
    await page.getByRole('button', { name: '新建对子' }).click()
    const dialog = page.getByRole('dialog', { name: '新建帮扶对子' })

    await dialog.getByLabel('五老', { exact: true }).fill(volunteer.name)
    // The remote search may answer again after the pick and open its list over the form: pick until it stays closed.
    const volunteerOption = page.getByRole('option').filter({ hasText: volunteer.name }).first()
    await volunteerOption.click()
    await expect(async () => {
      if (await volunteerOption.isVisible()) await volunteerOption.click({ timeout: 2_000 })
      await dialog.getByText('登记新对象', { exact: true }).click({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    await expect(dialog.locator('.volunteer-select')).toContainText(volunteer.name)
    await dialog.getByLabel('所属组织', { exact: true }).fill('和光村')
    await page.getByRole('listbox', { name: '所属组织' }).getByRole('option').filter({ hasText: HEGUANG }).first().click()
    await dialog.getByLabel('姓名', { exact: true }).fill(beneficiary)
    await dialog.getByText('男', { exact: true }).click()
    await pickDate(dialog.getByLabel('出生日期', { exact: true }), '1992-06-01')
    await choose(page, dialog.getByLabel('类别', { exact: true }), '青年农民')
    // An adult: neither guardian nor consent is asked for.
    await expect(dialog.getByLabel('监护人', { exact: true })).toHaveCount(0)
    await expect(dialog.getByText('监护人同意')).toHaveCount(0)
    await dialog.getByText('农技指导', { exact: true }).click()
    await dialog.getByLabel('帮扶目标').fill('掌握大豆种植技术')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    await expect(page).toHaveURL(/\/pairs\/\d+$/)
    await expect(page.getByRole('heading', { name: `${volunteer.name} 帮扶 ${beneficiary}` })).toBeVisible()
    await expect(page.locator('.page-header .pair-status-tag')).toHaveText('帮扶中')
    await expect(page.getByText('掌握大豆种植技术')).toBeVisible()
    await expect(page.getByText('暂无活动记录')).toBeVisible()
  })

  test('[P2] a child under 14 is not recorded without the guardian’s consent', async ({ page }) => {
    const name = `夏测${unique()}`
    await loginAs(page, 'xingan-admin', '/beneficiaries')
    await page.getByRole('button', { name: '登记帮扶对象' }).click()
    const dialog = page.getByRole('dialog', { name: '登记帮扶对象' })
    await dialog.getByLabel('所属组织', { exact: true }).fill('和光村')
    await page.getByRole('listbox', { name: '所属组织' }).getByRole('option').filter({ hasText: HEGUANG }).first().click()
    await dialog.getByLabel('姓名', { exact: true }).fill(name)
    await dialog.getByText('女', { exact: true }).click()
    await pickDate(dialog.getByLabel('出生日期', { exact: true }), daysAgo(365 * 8))
    await choose(page, dialog.getByLabel('类别', { exact: true }), '留守儿童')
    await dialog.getByLabel('监护人', { exact: true }).fill('夏某某')
    await dialog.getByLabel('与监护人关系', { exact: true }).fill('祖父')
    await expect(dialog.getByText('监护人同意', { exact: true })).toBeVisible()

    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog.locator('.el-form-item__error').filter({ hasText: '须先取得监护人同意' })).toBeVisible()
    await expect(dialog).toBeVisible()

    await dialog.getByLabel('同意人', { exact: true }).fill('夏某某')
    await pickDate(dialog.getByLabel('同意日期', { exact: true }), daysAgo(1))
    await dialog.getByText('书面', { exact: true }).click()
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    // The child's record is shown masked.
    await expect(page).toHaveURL(/\/beneficiaries\/\d+$/)
    await expect(page.getByRole('heading', { name: `${name.slice(0, 1)}${'*'.repeat(name.length - 1)}` })).toBeVisible()
    await expect(page.getByText('受保护儿童').first()).toBeVisible()
    await page.getByRole('button', { name: '查看完整信息' }).click()
    await expect(page.getByRole('heading', { name })).toBeVisible()
    await expect(page.getByText('本次查看已记入审计日志')).toBeVisible()
  })

  test('an admin pauses a pair and resumes it; completing asks for the outcomes', async ({ page }) => {
    const api = await PairsApi.as(page)
    const pair = await api.activePair(HEGUANG)
    await loginAs(page, 'xingan-admin', `/pairs/${pair.pairId}`)
    const status = page.locator('.page-header .pair-status-tag')
    await expect(status).toHaveText('帮扶中')

    await page.getByRole('button', { name: '暂停', exact: true }).click()
    const pause = page.getByRole('dialog', { name: '暂停帮扶' })
    await pause.getByLabel('原因').fill('帮扶对象外出务工')
    await pause.getByRole('button', { name: '确定' }).click()
    await expect(pause).toBeHidden()
    await expect(status).toHaveText('已暂停')
    await expect(page.getByText('帮扶对象外出务工')).toBeVisible()
    await expect(page.getByRole('button', { name: '暂停', exact: true })).toHaveCount(0)

    await page.getByRole('button', { name: '恢复帮扶' }).click()
    const resume = page.getByRole('dialog', { name: '恢复帮扶' })
    await resume.getByRole('button', { name: '确定' }).click()
    await expect(resume).toBeHidden()
    await expect(status).toHaveText('帮扶中')
    await expect(page.locator('.history .pair-status-tag')).toHaveText(['帮扶中', '已暂停', '帮扶中'])

    await page.getByRole('button', { name: '完成结对' }).click()
    const complete = page.getByRole('dialog', { name: '完成结对' })
    await complete.getByRole('button', { name: '确定' }).click()
    await expect(complete.locator('.el-form-item__error')).toHaveText('完成对子须记录帮扶成效。')
    await complete.getByRole('button', { name: '取消' }).click()
    await expect(status).toHaveText('帮扶中')
  })

  test('the timeline shows a recorded activity, newest first', async ({ page }) => {
    const api = await PairsApi.as(page)
    const pair = await api.activePair(HEGUANG)
    await api.recordActivity(pair.pairId, { occurredOn: daysAgo(3), kind: 'SPRING_SOWING', hours: 3, notes: '讲解选种' })
    await api.recordActivity(pair.pairId, {
      occurredOn: daysAgo(1),
      kind: 'HOME_VISIT',
      hours: 2.5,
      distanceKm: 36,
      notes: '走访了解春播准备情况',
    })

    await loginAs(page, 'xingan-admin', `/pairs/${pair.pairId}`)
    await expect(page.locator('.activity-count')).toHaveText('共 2 次 · 5.5 小时')
    const items = page.locator('.activity-timeline .activity')
    await expect(items).toHaveCount(2)
    await expect(items.first()).toContainText('走访看望')
    await expect(items.first()).toContainText('2.5 小时')
    await expect(items.first()).toContainText('36 公里')
    await expect(items.first()).toContainText('走访了解春播准备情况')
    await expect(items.first()).toContainText('记录人：xingan-admin')
    await expect(items.nth(1)).toContainText('春播指导')
  })
})
