import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoHorizontalScroll, isPhone, loginAs, tokenFor, unique } from './helpers'

/**
 * 考核评分 on the seeded 五好 sheet (seeds/demo/assessment-templates.json: five criteria of four
 * 5-point items; passes with 80 and 12 in every criterion). Both projects share one database, and
 * editing a used sheet makes a new version: the sheet is always looked up as the current version of
 * its name, never by id. School groups never receive demo awards, so they are free to be scored.
 */
const SHEET = '五好基层关工组织评分表'
const SCHOOL = '五大连池市实验中学关工小组'

interface Sheet {
  id: number
  versionNo: number
  version: number
  organizationName: string
}

async function authHeaders(page: Page): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${await tokenFor(page, 'city-admin')}` }
}

/** The current version of the city's seeded 五好 sheet. */
async function currentSheet(page: Page): Promise<Sheet> {
  const found = await page.request.get('/api/v1/assessment-templates?kind=FIVE_GOOD&current=true&size=200', {
    headers: await authHeaders(page),
  })
  expect(found.status()).toBe(200)
  const sheets = ((await found.json()) as { items: (Sheet & { name: string })[] }).items
  const sheet = sheets.find((s) => s.name === SHEET && s.organizationName === '五大连池市关工委')
  expect(sheet, SHEET).toBeDefined()
  return sheet!
}

/** A school group of the demo (SCHOOL_GROUP), found through the API as any client would. */
async function schoolGroupId(page: Page): Promise<number> {
  const found = await page.request.get('/api/v1/organizations?type=SCHOOL_GROUP&size=50', { headers: await authHeaders(page) })
  expect(found.status()).toBe(200)
  const school = ((await found.json()) as { items: { id: number; name: string }[] }).items.find((o) => o.name === SCHOOL)
  expect(school, SCHOOL).toBeDefined()
  return school!.id
}

/** The panel of a criterion (1-based), opened if a phone shows it closed. */
async function openCriterion(page: Page, n: number): Promise<void> {
  const header = page.getByRole('button', { name: new RegExp(`^${n}\\. `) })
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click()
  await expect(header).toHaveAttribute('aria-expanded', 'true')
}

/** The score field of an item (its code: 1.1 … 5.4). */
function scoreField(page: Page, code: string): Locator {
  return page.getByRole('textbox', { name: `${code} 得分`, exact: true })
}

/** An item of the scoring form, with its buttons. */
function scoreItem(page: Page, code: string): Locator {
  return page.locator(`.score-item[data-code="${code}"]`)
}

async function score(page: Page, code: string, value: string): Promise<void> {
  await openCriterion(page, Number(code.split('.')[0]))
  await scoreField(page, code).fill(value)
}

const footer = (page: Page) => page.locator('.score-footer')

test.describe('考核评分', () => {
  test('a city admin spot-checks a school group on the 五好 sheet, then submits and confirms it', async ({ page }, testInfo) => {
    const sheet = await currentSheet(page)
    const evaluators = `市关工委检查组${unique()}`
    await loginAs(page, 'city-admin', '/evaluations')
    await expect(page.getByRole('heading', { name: '考核评分' })).toBeVisible()

    // 开始评分: organization, its sheet, kind, date (today) and evaluators.
    await page.getByRole('button', { name: '开始评分' }).click()
    const dialog = page.getByRole('dialog', { name: '开始评分' })
    await dialog.getByRole('combobox', { name: '被考核组织', exact: true }).fill('实验中学')
    await page.getByRole('listbox', { name: '被考核组织' }).getByRole('option').filter({ hasText: SCHOOL }).first().click()
    await dialog.getByLabel('评分表', { exact: true }).locator('xpath=ancestor::div[contains(@class, "el-select__wrapper")]').click()
    await page
      .getByRole('listbox', { name: '评分表' })
      .getByRole('option')
      .filter({ hasText: `${SHEET}（第 ${sheet.versionNo} 版）` })
      .click()
    await dialog.getByText('抽查', { exact: true }).click()
    await dialog.getByLabel('考核人员', { exact: true }).fill(evaluators)
    await dialog.getByRole('button', { name: '开始评分' }).click()

    // The scoring form of the new draft.
    await expect(page).toHaveURL(/\/evaluations\/\d+$/)
    const url = page.url()
    await expect(page.getByRole('heading', { name: SCHOOL })).toBeVisible()
    await expect(page.getByText(evaluators)).toBeVisible()
    await expect(page.locator('.evaluation-status-tag')).toHaveText('草稿')
    await expect(footer(page)).toContainText('总分 0 / 100')

    // Typed, full marks, and the stepper: the total follows at once.
    await score(page, '1.1', '4.5')
    await expect(footer(page)).toContainText('总分 4.5 / 100')
    await scoreItem(page, '1.2').getByRole('button', { name: '满分' }).click()
    await expect(footer(page)).toContainText('总分 9.5 / 100')
    await scoreItem(page, '1.3').getByRole('button', { name: '加 0.5 分' }).click()
    await scoreItem(page, '1.3').getByRole('button', { name: '加 0.5 分' }).click()
    await scoreItem(page, '1.3').getByRole('button', { name: '减 0.5 分' }).click()
    await expect(scoreField(page, '1.3')).toHaveValue('0.5')
    await expect(footer(page)).toContainText('总分 10 / 100')
    await expect(page.getByRole('button', { name: /^1\. / })).toContainText('10 / 20')

    // Above the item's maximum: flagged while typing, and the server refuses it at that item.
    await score(page, '1.4', '6')
    await expect(scoreItem(page, '1.4').getByRole('alert')).toHaveText('超过该项满分 5 分')
    const refused = page.waitForResponse((r) => r.request().method() === 'PUT' && /\/api\/v1\/evaluations\/\d+$/.test(r.url()))
    await footer(page).getByRole('button', { name: '保存草稿' }).click()
    expect((await refused).status()).toBe(400)
    await expect(scoreItem(page, '1.4').getByRole('alert')).toHaveText('得分超过了该项目的分值。')
    await score(page, '1.4', '5')
    await expect(scoreItem(page, '1.4').getByRole('alert')).toHaveCount(0)

    // The other criteria, enough to pass (80 in all, 12 in each criterion).
    for (const c of [2, 3, 4, 5]) {
      for (const i of [1, 2, 3, 4]) await score(page, `${c}.${i}`, '4')
    }
    await expect(footer(page)).toContainText('总分 79 / 100')
    await expect(footer(page)).toContainText('不合格')
    await score(page, '5.4', '5')
    await expect(footer(page)).toContainText('总分 80 / 100')
    await expect(footer(page).getByText('合格', { exact: true })).toBeVisible()
    await page.getByLabel('考核意见', { exact: true }).fill('档案资料齐全，活动记录完整')
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    await footer(page).getByRole('button', { name: '保存草稿' }).click()
    await expect(page.getByText('已保存草稿')).toBeVisible()

    // Saved: a reload shows the server's scores.
    await page.reload()
    await expect(footer(page)).toContainText('总分 80 / 100')
    await openCriterion(page, 1)
    await expect(scoreField(page, '1.1')).toHaveValue('4.5')

    // A photo of the activity room as evidence; a disguised file is refused before it is sent.
    const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    await page.getByTestId('evidence-input').setInputFiles({ name: '活动室.png', mimeType: 'image/png', buffer: PNG })
    await expect(page.locator('.evidence .file')).toHaveCount(1)
    await expect(page.locator('.evidence .file')).toContainText('活动室.png')
    await page.getByTestId('evidence-input').setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('x') })
    await expect(page.getByText('“说明.txt”不是照片或 PDF，不能上传。')).toBeVisible()
    await expect(page.locator('.evidence .file')).toHaveCount(1)

    // 提交, then 确认: read only, with its status.
    await footer(page).getByRole('button', { name: '提交' }).click()
    await page.getByRole('dialog', { name: '提交评分' }).getByRole('button', { name: '提交' }).click()
    await expect(page.locator('.evaluation-status-tag')).toHaveText('已提交')
    await expect(scoreField(page, '1.1')).toHaveCount(0)
    await expect(footer(page).getByRole('button', { name: '保存草稿' })).toHaveCount(0)

    await footer(page).getByRole('button', { name: '确认' }).click()
    await page.getByRole('dialog', { name: '确认结果' }).getByRole('button', { name: '确认' }).click()
    await expect(page.locator('.evaluation-status-tag')).toHaveText('已确认')
    await expect(page.getByText('已确认，评分为最终结果，不能再修改。')).toBeVisible()

    await page.goto(url)
    await expect(page.locator('.evaluation-status-tag')).toHaveText('已确认')
    await expect(footer(page)).toContainText('总分 80 / 100')
    await expect(footer(page).getByRole('button')).toHaveCount(0)
    await expect(page.locator('.evaluation-detail').getByRole('textbox')).toHaveCount(0)
    await openCriterion(page, 1)
    await expect(scoreItem(page, '1.1')).toContainText('4.5')
    await expect(page.getByText('档案资料齐全，活动记录完整')).toBeVisible()
    // the evidence stays, frozen with the scores
    await expect(page.locator('.evidence .file')).toContainText('活动室.png')
    await expect(page.getByTestId('evidence-input')).toHaveCount(0)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // In the list, newest first.
    await page.goto('/evaluations')
    const entry = isPhone(testInfo)
      ? page.locator('.evaluation-card').filter({ hasText: SCHOOL }).first()
      : page.locator('.evaluation-table').getByRole('row').filter({ hasText: SCHOOL }).first()
    await expect(entry).toContainText('已确认')
    await expect(entry).toContainText('80')
  })

  test('changing a used sheet saves a new version; an evaluation on the old one keeps its scores', async ({ page }) => {
    const sheet = await currentSheet(page)
    const organizationId = await schoolGroupId(page)
    const headers = await authHeaders(page)
    // A draft scored on the current version: the sheet is in use.
    const created = await page.request.post('/api/v1/evaluations', {
      headers,
      data: {
        organizationId,
        templateId: sheet.id,
        kind: 'SELF_CHECK',
        evaluatedOn: new Date().toLocaleDateString('sv'),
        evaluators: `自查组${unique()}`,
        scores: [{ code: '1.1', score: 3.5 }],
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const evaluationId = ((await created.json()) as { id: number }).id

    await loginAs(page, 'city-admin', `/assessment-templates/${sheet.id}`)
    await expect(page.getByRole('heading', { name: SHEET })).toBeVisible()
    await expect(page.getByText(`第 ${sheet.versionNo} 版`, { exact: true })).toBeVisible()
    await page.getByRole('button', { name: '编辑' }).click()
    await expect(page.getByText(`该评分表已被使用：保存修改将生成第 ${sheet.versionNo + 1} 版，原版本保持不变。`)).toBeVisible()

    // Words a note differently; codes and points stay, so other scores still fit.
    const note = `缺一项扣1分（${unique()}）`
    await page.getByLabel('指标 1 第 4 项 评分说明', { exact: true }).fill(note)
    await expect(page.getByText('各项合计 20 / 20 分').first()).toBeVisible()
    await page.getByRole('button', { name: '保存', exact: true }).click()

    await expect(page.getByText(`该评分表已被使用，已保存为第 ${sheet.versionNo + 1} 版，原版本保持不变`)).toBeVisible()
    await expect(page).not.toHaveURL(new RegExp(`/assessment-templates/${sheet.id}$`))
    await expect(page).toHaveURL(/\/assessment-templates\/\d+$/)
    await expect(page.getByText(`第 ${sheet.versionNo + 1} 版`, { exact: true })).toBeVisible()
    await expect(page.getByText(note)).toBeVisible()

    // The old version stays as it was, read only.
    await page.goto(`/assessment-templates/${sheet.id}`)
    await expect(page.getByText('已被取代')).toBeVisible()
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0)
    await expect(page.getByText(note)).toHaveCount(0)
    await expect(page.getByRole('link', { name: '查看现行版本' })).toBeVisible()

    // The draft made on it keeps its score on that version, and goes on being scored on it.
    await page.goto(`/evaluations/${evaluationId}`)
    await expect(page.getByText(`${SHEET}（第 ${sheet.versionNo} 版）`)).toBeVisible()
    await openCriterion(page, 1)
    await expect(footer(page)).toContainText('总分 3.5 / 100')
    await expect(page.getByText(`评分表已有新版本，此草稿仍按开始评分时的第 ${sheet.versionNo} 版评分`)).toBeVisible()
    await expect(scoreField(page, '1.1')).toHaveValue('3.5')
    await scoreField(page, '1.1').fill('4')
    await footer(page).getByRole('button', { name: '保存草稿' }).click()
    await expect(page.getByText('已保存草稿')).toBeVisible()
    await expect(footer(page)).toContainText('总分 4 / 100')
  })
})
