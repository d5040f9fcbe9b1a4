import { expect, test, type Page } from '@playwright/test'
import { isPhone, loginAs, unique } from './helpers'

const GROUP = '钟山村关工小组'

/** A synthetic resident ID number (region 999999 exists nowhere) with its GB 11643 check character. */
function syntheticIdCard(birth: string, male: boolean): string {
  const sequence = Math.floor(Math.random() * 450) * 2 + (male ? 101 : 100) // odd for men, even for women
  const first17 = `999999${birth.replaceAll('-', '')}${sequence}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0)
  return first17 + '10X98765432'[sum % 11]
}

/** The same number with a wrong check character. */
function withWrongCheck(idCard: string): string {
  const wrong = '10X98765432'.split('').find((c) => c !== idCard[17])!
  return idCard.slice(0, 17) + wrong
}

async function search(page: Page, text: string) {
  await page.getByRole('textbox', { name: '姓名或拼音首字母' }).fill(text)
  await page.getByRole('button', { name: '搜索', exact: true }).click()
}

async function openCreateDialog(page: Page) {
  await page.getByRole('button', { name: '新增五老' }).click()
  const dialog = page.getByRole('dialog', { name: '新增五老' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText(/登记年龄：农村男 50、女 45；城镇男 60、女 55/)).toBeVisible()
  return dialog
}

async function fillNewVolunteer(page: Page, name: string, idCard: string) {
  const dialog = page.getByRole('dialog', { name: '新增五老' })
  await dialog.getByLabel('所属组织').fill('钟山村')
  await page.getByRole('option').filter({ has: page.getByText(GROUP, { exact: true }) }).click()
  await dialog.getByLabel('姓名').fill(name)
  await dialog.getByText('男', { exact: true }).click()
  await dialog.getByLabel('出生日期').fill('1960-05-01')
  await dialog.getByLabel('出生日期').press('Enter')
  await dialog.getByText('农村', { exact: true }).click()
  await dialog.getByText('老教师', { exact: true }).click()
  await dialog.getByLabel('身份证号').fill(idCard)
  await dialog.getByLabel('原工作/职务').fill('小学教师')
}

test.describe('the 五老 register', () => {
  test('a city admin finds 张永新 by pinyin initials', async ({ page }) => {
    await loginAs(page, 'city-admin', '/volunteers')
    await expect(page.getByText(/^共 \d+ 人$/)).toBeVisible()

    await search(page, 'zyx')

    await expect(page.getByText('张永新', { exact: true }).first()).toBeVisible()
  })

  test('a city admin filters the register by honour level, 典型 only and team type', async ({ page }) => {
    await loginAs(page, 'city-admin', '/volunteers')
    const bar = page.getByRole('search')
    const total = page.getByText(/^共 \d+ 人$/)
    await expect(total).toBeVisible()
    // the count shows 0 until the first page has arrived
    await expect(total).not.toHaveText('共 0 人')
    const all = Number((await total.innerText()).match(/\d+/)![0])

    // 张永新 was commended by the province (seeds/demo/honors.json).
    await bar.locator('.el-select__wrapper').filter({ hasText: '典型级别' }).click()
    await page.getByRole('option', { name: '省级', exact: true }).click()
    await bar.locator('.el-select__wrapper').filter({ hasText: '是否典型' }).click()
    await page.getByRole('option', { name: '仅典型', exact: true }).click()
    await bar.getByRole('button', { name: '搜索', exact: true }).click()
    await expect(page.getByText(`共 ${all} 人`, { exact: true })).toBeHidden()
    await expect(page.getByText('张永新', { exact: true }).first()).toBeVisible()
    await expect(total).not.toHaveText('共 0 人')
    const provincial = Number((await total.innerText()).match(/\d+/)![0])
    expect(provincial).toBeGreaterThan(0)
    expect(provincial).toBeLessThan(all)

    // Members of a lecture team (报告团): some, fewer than all.
    await bar.getByRole('button', { name: '重置' }).click()
    await expect(page.getByText(`共 ${all} 人`, { exact: true })).toBeVisible()
    await bar.locator('.el-select__wrapper').filter({ hasText: '工作组织类型' }).click()
    await page.getByRole('option', { name: '报告团', exact: true }).click()
    await bar.getByRole('button', { name: '搜索', exact: true }).click()
    await expect(page.getByText(`共 ${all} 人`, { exact: true })).toBeHidden()
    await expect(total).not.toHaveText('共 0 人')
    const lecturers = Number((await total.innerText()).match(/\d+/)![0])
    expect(lecturers).toBeGreaterThan(0)
    expect(lecturers).toBeLessThan(all)
  })

  test('the filtered register downloads as an Excel file', async ({ page }) => {
    await loginAs(page, 'city-admin', '/volunteers')
    await search(page, 'zyx')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('五老名册.xlsx')
    const path = await download.path()
    expect(path).toBeTruthy()
    // an .xlsx is a zip: it starts with "PK"
    const head = (await import('node:fs')).readFileSync(path!).subarray(0, 2).toString('latin1')
    expect(head).toBe('PK')
  })

  test('[Z3] a township admin registers a 五老, finds it, and records a move to town', async ({ page }, testInfo) => {
    const name = `测试五老${unique()}`
    await loginAs(page, 'xingan-admin', '/volunteers')

    const dialog = await openCreateDialog(page)
    await fillNewVolunteer(page, name, syntheticIdCard('1960-05-01', true))
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    await search(page, name)
    await expect(page.getByText('共 1 人', { exact: true })).toBeVisible()
    const entry = isPhone(testInfo) ? page.locator('.volunteer-card') : page.getByRole('row').filter({ hasText: name })
    await expect(entry).toContainText(GROUP)
    await expect(entry).toContainText('老教师')
    await expect(entry).toContainText('在册')
    await page.getByText(name, { exact: true }).click()

    await expect(page).toHaveURL(/\/volunteers\/\d+$/)
    await expect(page.getByRole('heading', { name })).toBeVisible()
    await expect(page.getByText('999999********')).toBeVisible() // masked
    await expect(page.getByText('查看完整身份证号和手机号的操作将被记录')).toBeVisible()

    await page.getByRole('button', { name: '变更状态' }).click()
    const statusDialog = page.getByRole('dialog', { name: '变更状态' })
    // el-select: its placeholder overlays the input, so the box around it is clicked.
    await statusDialog.locator('.el-form-item').filter({ hasText: '新状态' }).locator('.el-select__wrapper').click()
    await page.getByRole('option', { name: '进城养老', exact: true }).click()
    await statusDialog.getByLabel('原因').fill('随子女进城养老')
    await statusDialog.getByRole('button', { name: '保存' }).click()
    await expect(statusDialog).toBeHidden()

    const history = page.locator('.el-timeline')
    await expect(history.locator('.el-timeline-item')).toHaveCount(2)
    await expect(history.locator('.el-timeline-item').first()).toContainText('进城养老')
    await expect(history.locator('.el-timeline-item').first()).toContainText('随子女进城养老')
    await expect(history.locator('.el-timeline-item').last()).toContainText('在册')

    // The full numbers, on demand (recorded in the audit log).
    await page.getByRole('button', { name: '查看完整信息' }).click()
    await expect(page.getByText(/^99999919600501\d{3}[\dX]$/)).toBeVisible()
  })

  test('[V1] a wrong ID check character is shown on the ID card field', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/volunteers')

    const dialog = await openCreateDialog(page)
    await fillNewVolunteer(page, `校验测试${unique()}`, withWrongCheck(syntheticIdCard('1960-05-01', true)))
    await dialog.getByRole('button', { name: '保存' }).click()

    const idItem = dialog.locator('.el-form-item').filter({ has: page.getByLabel('身份证号') })
    await expect(idItem.locator('.el-form-item__error')).toBeVisible()
    await expect(idItem.locator('.el-form-item__error')).not.toBeEmpty()
    await expect(dialog).toBeVisible()
  })

  test('a viewer reads the register but cannot add to it', async ({ page }) => {
    await loginAs(page, 'city-viewer', '/volunteers')
    await search(page, '冯林')
    await expect(page.getByText('冯林', { exact: true }).first()).toBeVisible()
    await expect(page.getByRole('button', { name: '新增五老' })).toHaveCount(0)

    await page.getByText('冯林', { exact: true }).first().click()
    await expect(page.getByRole('heading', { name: '冯林' })).toBeVisible()
    await expect(page.getByRole('button', { name: '变更状态' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '查看完整信息' })).toHaveCount(0)
  })
})
