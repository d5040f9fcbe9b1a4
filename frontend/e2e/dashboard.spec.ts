import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoHorizontalScroll, figure, isPhone, loginAs, ROOT, TOWNSHIP, tokenOf } from './helpers'

async function valueOf(card: Locator): Promise<number> {
  return Number(await card.locator('.value').innerText())
}

/** The figures shown are those of this organization and period (the summary has arrived). */
async function expectFiguresOf(page: Page, organization: string, period: string): Promise<void> {
  await expect(page.locator('.figures')).toHaveAttribute('aria-busy', 'false')
  await expect(page.locator('.period-text')).toContainText(organization)
  await expect(page.locator('.period-text')).toContainText(period)
}

/**
 * Teams and models are counted as they stood on the period's last day; other tests may record teams and
 * honours dated back into 2016, so the card shows the server's figure, which is the report's with the
 * demo data alone.
 */
async function currentCounts(page: Page): Promise<{ teams: number; models: number; media: number }> {
  const response = await page.request.get('/api/v1/stats/summary?period=2016-H1', {
    headers: { Authorization: `Bearer ${await tokenOf(page)}` },
  })
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { teams: { teams: number }; models: { models: number; featuredInMedia: number } }
  return { teams: body.teams.teams, models: body.models.models, media: body.models.featuredInMedia }
}

async function choosePeriod(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: '统计期间', exact: true }).click()
  await page.getByRole('listbox', { name: '统计期间', exact: true }).getByRole('option', { name: label, exact: true }).click()
}

test.describe('the dashboard (工作概况)', () => {
  test('shows the report’s figures for 2016-H1, drills down into a township and back up', async ({ page }, testInfo) => {
    await loginAs(page, 'city-admin')
    await expect(page).toHaveURL(/\/dashboard$/)
    await expect(page.getByRole('heading', { name: '工作概况' })).toBeVisible()

    await choosePeriod(page, '2016年上半年')
    await expect(page).toHaveURL(/period=2016-H1/)
    await expectFiguresOf(page, ROOT, '2016-01-01 至 2016-06-30')

    const volunteers = figure(page, '五老')
    await expect(volunteers.locator('.value')).toHaveText('1286')
    const rural = figure(page, '农村五老')
    await expect(rural.locator('.value')).toHaveText('900')
    await expect(rural.locator('.change')).toHaveText('+30')
    await expect(rural).toContainText('较2015年下半年')
    const today = await currentCounts(page)
    expect(today.teams).toBeGreaterThanOrEqual(186)
    expect(today.models).toBeGreaterThanOrEqual(32)
    expect(today.media).toBeGreaterThanOrEqual(10)
    await expect(figure(page, '五老工作组织').locator('.value')).toHaveText(String(today.teams))
    await expect(figure(page, '先进典型').locator('.value')).toHaveText(String(today.models))
    await expect(figure(page, '先进典型')).toContainText(`媒体宣传 ${today.media} 人`)
    const fiveGood = figure(page, '五好关工组织')
    await expect(fiveGood).toContainText('乡镇/街道关工委：创建 13，授牌 13，100%')
    await expect(fiveGood).toContainText('行政村关工小组：创建 87，授牌 67，77%')
    await expect(fiveGood).toContainText('社区关工小组：创建 6，授牌 6，100%')
    await expect(figure(page, '抽查').locator('.value')).toHaveText('2')
    await expect(figure(page, '计划进入创建').locator('.value')).toHaveText('8')
    await expect(figure(page, '新任班子成员')).toContainText('培训率 100%')
    await expect(figure(page, '培训班').locator('.value')).toHaveText('9')
    await expect(figure(page, '调研').locator('.value')).toHaveText('3')
    for (const chart of ['五老城乡分布', '五老年龄结构', '五老工作组织（按类型）', '五好创建与授牌（按组织类型）', '班子调整（按职务）']) {
      await expect(page.getByRole('img', { name: chart })).toBeVisible()
    }
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // Each figure opens the records behind it (e2e/drill-down.spec.ts follows them).
    await expect(figure(page, '五老工作组织')).toHaveAttribute('href', /^\/teams\?within=\d+$/)
    await expect(figure(page, '新任班子成员')).toHaveAttribute(
      'href',
      /^\/leadership\?organizationId=\d+&from=2016-01-01&to=2016-06-30$/,
    )

    // Down into a township: its subtree's figures, the way back up above them.
    await page.locator('.child-organizations').getByRole('link', { name: TOWNSHIP }).click()
    await expect(page).toHaveURL(/orgId=\d+/)
    await expect(page).toHaveURL(/period=2016-H1/)
    await expectFiguresOf(page, TOWNSHIP, '2016-01-01 至 2016-06-30')
    const inTownship = await valueOf(volunteers)
    expect(inTownship).toBeGreaterThan(0)
    expect(inTownship).toBeLessThan(1286)
    const trail = page.locator('.trail')
    await expect(trail).toContainText(ROOT)
    await expect(trail).toContainText(TOWNSHIP)
    await expect(page.locator('.child-organizations')).toContainText('钟山村关工小组')
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    // The address is the view: a reload shows the same.
    await page.reload()
    await expectFiguresOf(page, TOWNSHIP, '2016-01-01 至 2016-06-30')
    await expect(volunteers.locator('.value')).toHaveText(String(inTownship))
    await expect(trail).toContainText(ROOT)

    // Back up by the breadcrumb.
    await trail.getByText(ROOT, { exact: true }).click()
    await expectFiguresOf(page, ROOT, '2016-01-01 至 2016-06-30')
    await expect(volunteers.locator('.value')).toHaveText('1286')
    await expect(trail).not.toContainText(TOWNSHIP)
  })

  test('a township admin sees its own committee', async ({ page }, testInfo) => {
    await loginAs(page, 'xingan-admin')
    await expect(page).toHaveURL(/\/dashboard$/)
    await expect(page.locator('.figures')).toHaveAttribute('aria-busy', 'false')
    await expect(page.locator('.period-text')).toContainText(TOWNSHIP)
    await expect(page.locator('.trail .el-breadcrumb__inner')).toHaveText([TOWNSHIP])
    await expect(page.getByRole('combobox', { name: '组织', exact: true })).toBeVisible()

    await choosePeriod(page, '2016年上半年')
    await expectFiguresOf(page, TOWNSHIP, '2016-01-01 至 2016-06-30')
    expect(await valueOf(figure(page, '五老'))).toBeLessThan(1286)
    await expect(page.getByText(ROOT, { exact: true })).toHaveCount(0)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
  })

  test('drills into a township and exports that township’s work report', async ({ page }, testInfo) => {
    await loginAs(page, 'city-admin', '/dashboard?period=2016-H1')
    await expectFiguresOf(page, ROOT, '2016-01-01 至 2016-06-30')

    // The townships carry their own figures; the chart shows where the 五老 are.
    const children = page.locator('.child-organizations')
    const row = isPhone(testInfo)
      ? children.getByRole('link', { name: new RegExp(TOWNSHIP) })
      : children.locator('.child-row').filter({ hasText: TOWNSHIP })
    // the figures arrive after the rows: an ellipsis until then
    const rowVolunteers = isPhone(testInfo) ? row.getByText(/^五老 \d+$/) : row.locator('td').nth(3)
    await expect(rowVolunteers).toHaveText(/\d+$/)
    const listed = (await rowVolunteers.innerText()).replace(/\D/g, '')
    await expect(page.getByRole('img', { name: '下级组织五老与在帮对子' })).toBeVisible()

    await children.getByRole('link', { name: TOWNSHIP }).click()
    await expectFiguresOf(page, TOWNSHIP, '2016-01-01 至 2016-06-30')
    const township = await valueOf(figure(page, '五老'))
    expect(String(township)).toBe(listed) // the row's figure is the township's own

    await page.getByRole('button', { name: '生成工作总结' }).click()
    await expect(page).toHaveURL(/\/reports\/work-summary\?.*orgId=\d+/)
    await expect(page).toHaveURL(/period=2016-H1/)
    const title = page.getByRole('textbox', { name: '标题', exact: true })
    await expect(title).toHaveValue('兴安乡关工委2016年上半年关心下一代工作总结')
    const paragraphs = (
      await page.locator('.report-editor textarea').evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value))
    ).join('\n')
    expect(paragraphs).toContain(`现有“五老”${township}人`)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()])
    expect(file.suggestedFilename()).toMatch(/^兴安乡关工委.*\.docx$/)
    const content = readFileSync(await file.path())
    expect(content.subarray(0, 2).toString('latin1')).toBe('PK') // a .docx is a zip
  })

  test('[R5] a read answered 503 with Retry-After (the database away a moment) is repeated by itself', async ({ page }) => {
    await loginAs(page, 'city-admin')
    await expect(page.locator('.figures')).toHaveAttribute('aria-busy', 'false')
    const answers: number[] = []
    await page.route('**/api/v1/stats/summary?**', async (route) => {
      if (answers.length === 0) {
        answers.push(503)
        await route.fulfill({
          status: 503,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' },
          body: JSON.stringify({ type: 'urn:xinhuo:problem:service-unavailable', title: '服务暂时不可用', status: 503 }),
        })
      } else {
        answers.push(200)
        await route.continue()
      }
    })
    await choosePeriod(page, '2016年上半年')
    await expectFiguresOf(page, ROOT, '2016-01-01 至 2016-06-30')
    await expect(figure(page, '五老').locator('.value')).toHaveText('1286')
    expect(answers).toEqual([503, 200])
    await expect(page.locator('.el-message--error')).toHaveCount(0)
  })
})
