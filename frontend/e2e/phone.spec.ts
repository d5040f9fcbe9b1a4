import { expect, test } from '@playwright/test'
import { expectNoHorizontalScroll, loginAs, openOrganizations, tokenOf, TOWNSHIP, unique } from './helpers'
import { HEGUANG, PairsApi } from './pairs-api'

test.describe('on a phone', () => {
  test('the login page does not scroll sideways', async ({ page }) => {
    await page.goto('/login')
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible()
    expect(await page.evaluate(() => window.innerWidth)).toBe(390)
    await expectNoHorizontalScroll(page)
  })

  test('the organizations page does not scroll sideways', async ({ page }) => {
    await loginAs(page, 'city-admin')
    await openOrganizations(page)
    expect(await page.evaluate(() => window.innerWidth)).toBe(390)
    await expectNoHorizontalScroll(page)
  })

  test('the users page does not scroll sideways', async ({ page }) => {
    await loginAs(page, 'city-admin', '/users')
    await expect(page.getByText('city-viewer')).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the audit log shows cards and does not scroll sideways', async ({ page }) => {
    await loginAs(page, 'city-admin', '/audit')
    await expect(page.locator('.audit-card').first()).toBeVisible()
    await page.locator('.audit-card').first().getByRole('button', { name: '详情' }).click()
    await expectNoHorizontalScroll(page)
  })

  test('the API keys page does not scroll sideways', async ({ page }) => {
    await loginAs(page, 'city-admin', '/organizations')
    // A key with a long name to lay out.
    const auth = { Authorization: `Bearer ${await tokenOf(page)}` }
    const found = await page.request.get(`/api/v1/organizations?q=${encodeURIComponent(TOWNSHIP)}`, { headers: auth })
    const township = ((await found.json()) as { items: { id: number; name: string }[] }).items.find((o) => o.name === TOWNSHIP)!
    const name = `手机布局测试-省关工委青少年教育数据交换平台-${unique()}`
    const created = await page.request.post('/api/v1/api-keys', {
      headers: auth,
      data: { name, organizationId: township.id, access: 'READ_WRITE' },
    })
    expect(created.status()).toBe(201)

    await page.goto('/api-keys')
    await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '新建密钥' }).click()
    await expect(page.getByRole('dialog', { name: '新建接口密钥' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the account page does not scroll sideways, also while setting up the second factor', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/account')
    await expect(page.getByRole('heading', { name: '账户安全' })).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '开启双因素认证' }).click()
    await expect(page.getByRole('img', { name: '身份验证器二维码' })).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.getByRole('button', { name: '取消' }).click()
  })

  test('the 五老 register shows cards and does not scroll sideways, nor does a detail page', async ({ page }) => {
    await loginAs(page, 'city-admin', '/volunteers')
    expect(await page.evaluate(() => window.innerWidth)).toBe(390)
    await expect(page.locator('.volunteer-card').first()).toBeVisible()
    await expect(page.locator('.volunteer-table')).toHaveCount(0)
    await expectNoHorizontalScroll(page)

    await page.locator('.volunteer-card').first().click()
    await expect(page).toHaveURL(/\/volunteers\/\d+$/)
    await expect(page.getByRole('heading', { name: '状态变更记录' })).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '编辑' }).click()
    await expect(page.getByRole('dialog', { name: '编辑五老' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the teams show cards and do not scroll sideways, nor do a team page and its dialogs', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/teams')
    expect(await page.evaluate(() => window.innerWidth)).toBe(390)
    await expect(page.locator('.team-card').first()).toBeVisible()
    await expect(page.locator('.team-table')).toHaveCount(0)
    await expect(page.getByRole('img', { name: '各类型五老工作组织的组织数和成员数' })).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '新增工作组织' }).click()
    await expect(page.getByRole('dialog', { name: '新增五老工作组织' })).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.getByRole('dialog', { name: '新增五老工作组织' }).getByRole('button', { name: '取消' }).click()

    await page.locator('.team-card').first().click()
    await expect(page).toHaveURL(/\/teams\/\d+$/)
    await expect(page.locator('.member-card').first()).toBeVisible()
    await expect(page.locator('.member-table')).toHaveCount(0)
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '添加成员' }).click()
    await expect(page.getByRole('dialog', { name: '添加成员' })).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.getByRole('dialog', { name: '添加成员' }).getByRole('button', { name: '取消' }).click()

    await page.locator('.member-card').first().getByRole('button', { name: '离队' }).click()
    await expect(page.getByRole('dialog', { name: '成员离队' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the honours show cards and do not scroll sideways, nor do an honour page and the dialogs', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/honors')
    await expect(page.locator('.honor-card').first()).toBeVisible()
    await expect(page.locator('.honor-table')).toHaveCount(0)
    await expect(page.getByRole('img', { name: '各级别典型人数' })).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.getByRole('tab', { name: '媒体报道' }).click()
    await expect(page.getByText(/^共 \d+ 篇报道$/)).toBeVisible()
    await expect(page.locator('.coverage-table')).toHaveCount(0)
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '记录表彰' }).click()
    await expect(page.getByRole('dialog', { name: '记录表彰' })).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.getByRole('dialog', { name: '记录表彰' }).getByRole('button', { name: '取消' }).click()

    await page.getByRole('tab', { name: '表彰记录' }).click()
    await page.locator('.honor-card').first().click()
    await expect(page).toHaveURL(/\/honors\/\d+$/)
    await expect(page.getByRole('heading', { name: '先进事迹' })).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '编辑' }).click()
    await expect(page.getByRole('dialog', { name: '编辑表彰' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the pairs show cards with the quick record one tap away, and nothing scrolls sideways', async ({ page }) => {
    const api = await PairsApi.as(page)
    const pair = await api.activePair(HEGUANG)
    await loginAs(page, 'xingan-admin', '/pairs')
    await expect(page.locator('.pair-card').first()).toBeVisible()
    await expect(page.locator('.pair-table')).toHaveCount(0)
    await expect(page.getByRole('button', { name: '记录活动' })).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.getByRole('tab', { name: '需要关注' }).click()
    await expect(page.getByText(/^共 \d+ 个对子需要关注$/)).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.getByRole('tab', { name: '服务时长' }).click()
    await expect(page.getByText(/星级按累计服务时长评定/)).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '新建对子' }).click()
    const dialog = page.getByRole('dialog', { name: '新建帮扶对子' })
    await dialog.getByText('登记新对象', { exact: true }).click()
    await expectNoHorizontalScroll(page)
    await dialog.getByRole('button', { name: '取消' }).click()

    await page.goto(`/pairs/${pair.pairId}`)
    await expect(page.getByRole('heading', { name: '活动记录' })).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.getByRole('button', { name: '暂停', exact: true }).click()
    await expect(page.getByRole('dialog', { name: '暂停帮扶' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the beneficiaries show cards and do not scroll sideways', async ({ page }) => {
    const api = await PairsApi.as(page)
    await api.activePair(HEGUANG)
    await loginAs(page, 'xingan-admin', '/beneficiaries')
    await expect(page.locator('.beneficiary-card').first()).toBeVisible()
    await expect(page.locator('.beneficiary-table')).toHaveCount(0)
    await expectNoHorizontalScroll(page)
    await page.locator('.beneficiary-card').first().click()
    await expect(page).toHaveURL(/\/beneficiaries\/\d+$/)
    await expect(page.getByRole('heading', { name: '帮扶对子' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the leadership page shows cards and does not scroll sideways, nor do its dialogs', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/leadership')
    expect(await page.evaluate(() => window.innerWidth)).toBe(390)
    await expect(page.getByRole('heading', { name: '现任班子' })).toBeVisible()
    await expect(page.locator('.seat-table')).toHaveCount(0)
    await expectNoHorizontalScroll(page)

    await page.getByRole('button', { name: '任命', exact: true }).click()
    await expect(page.getByRole('dialog', { name: '任命班子成员' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the trainings, a training’s attendance sheet and the research visits do not scroll sideways', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/organizations')
    const auth = { Authorization: `Bearer ${await tokenOf(page)}` }
    const found = await page.request.get(`/api/v1/organizations?q=${encodeURIComponent(TOWNSHIP)}`, { headers: auth })
    const township = ((await found.json()) as { items: { id: number; name: string }[] }).items.find((o) => o.name === TOWNSHIP)!
    const created = await page.request.post('/api/v1/trainings', {
      headers: auth,
      data: { organizationId: township.id, heldOn: '2026-01-15', title: `手机布局测试-基层关工委新任班子成员培训班-${unique()}`, format: 'CLASS' },
    })
    expect(created.status()).toBe(201)
    const training = (await created.json()) as { id: number }

    await page.goto('/trainings')
    await expect(page.locator('.training-card').first()).toBeVisible()
    await expect(page.locator('.training-table')).toHaveCount(0)
    await expectNoHorizontalScroll(page)

    await page.goto(`/trainings/${training.id}`)
    await expect(page.getByRole('heading', { name: '签到', exact: true })).toBeVisible()
    await expectNoHorizontalScroll(page)

    await page.goto('/research-visits')
    await expect(page.getByText(/^调研 \d+ 次$/)).toBeVisible()
    await expectNoHorizontalScroll(page)
    await page.getByRole('button', { name: '新增调研' }).click()
    await expect(page.getByRole('dialog', { name: '新增调研' })).toBeVisible()
    await expectNoHorizontalScroll(page)
  })

  test('the side menu opens as a drawer', async ({ page }) => {
    await loginAs(page, 'city-admin')
    await openOrganizations(page)
    await expect(page.getByRole('menuitem', { name: '组织机构' })).toBeHidden()

    await page.getByRole('button', { name: '打开菜单' }).click()

    const drawer = page.getByRole('dialog', { name: '菜单' })
    await expect(drawer).toBeVisible()
    await expect(drawer.getByRole('menuitem')).toHaveText([
      '工作概况',
      '组织机构',
      '领导班子',
      '培训',
      '调研',
      '五老队伍',
      '名册导入',
      '五老工作组织',
      '先进典型',
      '帮扶对子',
      '帮扶对象',
      '五好创建',
      '创建规划',
      '考核评分',
      '评分表',
      '党建带关工',
      '用户管理',
      '审计日志',
      '接口密钥',
    ])
    await drawer.getByRole('menuitem', { name: '组织机构' }).click()
    await expect(drawer).toBeHidden()
  })
})
