import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { expectNoHorizontalScroll, isPhone, loginAs, openMenu, TOWNSHIP, unique } from './helpers'
import { xlsx, type SheetRow } from './xlsx'

/** The template's headings (backend RosterColumn), required ones starred. */
const HEADINGS = [
  '姓名*',
  '性别*',
  '出生日期*',
  '民族',
  '身份证号',
  '手机号',
  '居住地*',
  '类别*',
  '原职业',
  '特长',
  '政治面貌',
  '健康状况',
  '加入日期',
  '所属组织*',
  '低龄登记理由',
]

interface Person {
  name: string
  birthDate: string
  gender: string
}

/** A roster in the template's columns: rural retired cadres of 兴安乡关工委 (in xingan-admin's scope). */
function roster(people: readonly Person[]): Buffer {
  const rows: SheetRow[] = people.map((p) => [
    p.name,
    p.gender,
    p.birthDate,
    '汉族',
    undefined, // 身份证号: matched by name + birth date + organization instead
    undefined,
    '农村',
    '老干部',
    '退休干部',
    undefined,
    undefined,
    undefined,
    undefined,
    TOWNSHIP,
  ])
  return xlsx([HEADINGS, ...rows], '五老名册')
}

async function chooseFile(page: Page, name: string, content: Buffer): Promise<void> {
  await page.locator('.file-drop input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: content,
  })
  await expect(page.locator('.import-file-step').getByText(name, { exact: true })).toBeVisible()
}

async function startImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: '开始导入' }).click()
}

function count(page: Page, key: 'created' | 'updated' | 'unchanged' | 'skipped') {
  return page.locator(`.counts [data-count="${key}"] dd`)
}

test.describe('importing the 五老 register from a roster', () => {
  test('a township admin imports a roster: a wrong row rejects it all, the fixed file creates everyone, a second upload changes nothing', async ({
    page,
  }, testInfo) => {
    const run = unique()
    const people: Person[] = ['甲', '乙', '丙'].map((x, i) => ({
      name: `导入测试${x}${run}`,
      birthDate: `195${i + 2}-0${i + 3}-1${i}`,
      gender: '男',
    }))
    const good = roster(people)
    const bad = roster(people.map((p, i) => (i === 1 ? { ...p, gender: '未知' } : p)))
    const file = `兴安乡名册${run}.xlsx`

    await loginAs(page, 'xingan-admin', '/volunteers')
    await openMenu(page, testInfo, '名册导入')
    await expect(page).toHaveURL(/\/volunteers\/import$/)
    await expect(page.getByRole('heading', { name: '导入五老名册' })).toBeVisible()
    await expect(page.getByText(/默认全部正确才导入：只要有一行有误，就一行也不写入/)).toBeVisible()

    // Step 1: the template downloads as an Excel workbook.
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载导入模板' }).click(),
    ])
    expect(template.suggestedFilename()).toMatch(/\.xlsx$/)
    expect(readFileSync((await template.path())!).subarray(0, 2).toString('latin1')).toBe('PK')

    // A roster with one wrong cell: nothing is written, the report names the cell.
    await chooseFile(page, file, bad)
    await startImport(page)
    await expect(page.getByText('未导入：名册中有 1 个问题，没有写入任何数据')).toBeVisible({ timeout: 30_000 })
    if (isPhone(testInfo)) {
      const item = page.getByRole('listitem').filter({ hasText: '第 3 行 · 性别' })
      await expect(item).toContainText('未知')
    } else {
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '性别', exact: true }) })
      await expect(row.getByRole('cell').first()).toHaveText('3')
      await expect(row).toContainText('未知')
    }
    await expect(count(page, 'created')).toHaveCount(0) // no counts: nothing was written

    // The report as CSV: UTF-8 with a byte order mark, so Excel shows the Chinese.
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载问题报告（CSV）' }).click(),
    ])
    expect(report.suggestedFilename()).toBe(`兴安乡名册${run}-问题报告.csv`)
    const csv = readFileSync((await report.path())!)
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.toString('utf8')).toContain('行,列,问题\r\n3,性别,')

    // Fixed: everyone is registered.
    await page.getByRole('button', { name: '修改文件后重新上传' }).click()
    await chooseFile(page, file, good)
    await startImport(page)
    await expect(page.getByText('导入完成', { exact: true })).toBeVisible({ timeout: 30_000 })
    await expect(count(page, 'created')).toHaveText('3')
    await expect(count(page, 'unchanged')).toHaveText('0')

    // The same file again: the rows are the people registered a moment ago.
    await page.getByRole('button', { name: '继续导入其他文件' }).click()
    await chooseFile(page, file, good)
    await startImport(page)
    await expect(page.getByText('导入完成', { exact: true })).toBeVisible({ timeout: 30_000 })
    await expect(count(page, 'unchanged')).toHaveText('3')
    await expect(count(page, 'created')).toHaveText('0')

    // The recent imports list this file's three imports.
    const recent = page.locator('.recent-imports')
    await expect(recent.getByText(file)).toHaveCount(3)
    if (isPhone(testInfo)) await expectNoHorizontalScroll(page)
  })

  test('a file that is not a roster is refused beside the file chooser', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/volunteers/import')
    await chooseFile(page, `没有姓名列${unique()}.xlsx`, xlsx([['备注'], ['随便写写']]))
    await startImport(page)
    await expect(page.getByRole('alert').filter({ hasText: '缺少必填列“姓名”' })).toBeVisible()
    await expect(page.getByRole('button', { name: '开始导入' })).toBeVisible() // still step 1
  })
})
