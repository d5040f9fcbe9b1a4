import { expect, test, type Locator, type Page } from '@playwright/test'
import { loginAs } from './helpers'
import { PairsApi, ZHONGSHAN, type PairSetup } from './pairs-api'

// Runs in the phone project only (playwright.config.ts): a group leader records on a 390 px phone.

/** Counts the taps a test makes, to hold the quick record to its promise of three before typing. */
function tapCounter(): { tap: (target: Locator) => Promise<void>; count: () => number } {
  let taps = 0
  return {
    tap: async (target) => {
      taps++
      await target.click()
    },
    count: () => taps,
  }
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.innerWidth)).toBe(390)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
}

/** The pair's card on the quick record: a radio named by its people. */
function pairChoice(page: Page, pair: PairSetup): Locator {
  return page.getByRole('radio', { name: new RegExp(pair.beneficiaryName) })
}

test.describe('记录活动 on a phone', () => {
  let api: PairsApi
  let pair: PairSetup

  test.beforeEach(async ({ page }) => {
    api = await PairsApi.as(page, 'xingan-admin')
    pair = await api.activePair(ZHONGSHAN)
  })

  test('a group leader records an activity with three taps before typing, once even when saving twice', async ({ page }) => {
    const before = await api.activityCount(pair.pairId)
    await loginAs(page, 'zhongshan-leader', '/pairs')
    const { tap, count } = tapCounter()

    await tap(page.getByRole('button', { name: '记录活动' }))
    await expect(page).toHaveURL(/\/pairs\/record$/)
    const choice = pairChoice(page, pair)
    await expect(choice).toBeVisible()
    if ((await choice.getAttribute('aria-checked')) !== 'true') await tap(choice)
    await expect(choice).toHaveAttribute('aria-checked', 'true')
    const kind = page.getByRole('radio', { name: '走访看望' })
    if ((await kind.getAttribute('aria-checked')) !== 'true') await tap(kind)
    // Today is already there.
    await expect(page.getByLabel('日期', { exact: true })).not.toHaveValue('')
    expect(count()).toBeLessThanOrEqual(3)

    await page.getByLabel('时长（小时）').fill('2')
    await page.getByLabel('活动内容（可选）').fill('走访了解春播准备情况')
    await expectNoSidewaysScroll(page)

    // Two presses in the same moment, before the page can disable the button.
    await page.getByRole('button', { name: '保存', exact: true }).evaluate((button: HTMLButtonElement) => {
      button.click()
      button.click()
    })
    await expect(page.getByRole('status').filter({ hasText: '已记录' })).toBeVisible()
    await expect(page.getByLabel('时长（小时）')).toHaveValue('')
    await expectNoSidewaysScroll(page)
    await expect.poll(() => api.activityCount(pair.pairId)).toBe(before + 1)
    // Give a stray second request time to land: there is none.
    await page.waitForTimeout(500)
    expect(await api.activityCount(pair.pairId)).toBe(before + 1)
  })

  test('a lost answer is retried with the same key and recorded once; the kind is remembered', async ({ page }) => {
    await loginAs(page, 'zhongshan-leader', `/pairs/record?pairId=${pair.pairId}`)
    await expect(pairChoice(page, pair)).toHaveAttribute('aria-checked', 'true')
    const kind = page.getByRole('radio', { name: '电话联系' })
    await kind.click()
    await page.getByLabel('时长（小时）').fill('1')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: '已记录' })).toBeVisible()
    expect(await api.activityCount(pair.pairId)).toBe(1)

    // The next time the same kind is already chosen.
    await page.reload()
    await expect(page.getByRole('radio', { name: '电话联系' })).toHaveAttribute('aria-checked', 'true')

    // The request reaches the server, the answer is lost on the way back.
    const keys: string[] = []
    await page.route('**/api/v1/pairs/*/activities', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '')
      await route.fetch()
      await route.abort('connectionreset')
    })
    await page.getByRole('button', { name: '4 小时' }).click()
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect(page.getByRole('alert').filter({ hasText: '保存失败' })).toBeVisible()
    await expect.poll(() => api.activityCount(pair.pairId)).toBe(2)

    await page.unroute('**/api/v1/pairs/*/activities')
    const retried = page.waitForRequest('**/api/v1/pairs/*/activities')
    await page.getByRole('button', { name: '重试' }).click()
    expect((await retried).headers()['idempotency-key']).toBe(keys[0])
    await expect(page.getByRole('status').filter({ hasText: '已记录' })).toBeVisible()
    expect(await api.activityCount(pair.pairId)).toBe(2)
    await expectNoSidewaysScroll(page)
  })
})
