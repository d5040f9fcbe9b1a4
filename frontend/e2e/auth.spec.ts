import { expect, test } from '@playwright/test'
import {
  expand,
  loginAs,
  loginWithForm,
  logout,
  menuEntries,
  orgRow,
  ROOT,
  TOWNSHIP,
} from './helpers'

test.describe('login', () => {
  test('a page without a session leads to the login page, which remembers it', async ({ page }) => {
    await page.goto('/users')

    await expect(page).toHaveURL(/\/login\?redirect=\/users$/)
    await expect(page.getByText('薪火 · 关工委工作平台')).toBeVisible()
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible()
  })

  test('a wrong password shows the server message and stays on the login page', async ({ page }) => {
    await page.goto('/login')

    await loginWithForm(page, 'tuanjie-admin', 'not-the-password')

    await expect(page.getByRole('alert')).toHaveText('用户名或密码错误。')
    await expect(page).toHaveURL(/\/login$/)
    await expect(page.getByLabel('密码', { exact: true })).toHaveValue('')
  })

  test('an expired session sends the user to the login page with a message', async ({ page }) => {
    await loginAs(page, 'zhongshan-leader', '/organizations')
    await expect(orgRow(page, '钟山村关工小组')).toBeVisible()

    // The server ends the login (as after the idle timeout); the next call is refused.
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('xinhuo.session') ?? '{}').token as string)
    const revoked = await page.request.post('/api/v1/auth/logout', { headers: { Authorization: `Bearer ${token}` } })
    expect(revoked.status()).toBe(204)
    await page.getByRole('textbox', { name: '按名称搜索' }).fill('钟山')
    await page.getByRole('button', { name: '搜索', exact: true }).click()

    await expect(page).toHaveURL(/\/login\?redirect=\/organizations$/)
    await expect(page.getByText('登录已失效，请重新登录')).toBeVisible()
    expect(await page.evaluate(() => sessionStorage.getItem('xinhuo.session'))).toBeNull()
  })
})

test.describe('what a role sees', () => {
  test('a township admin sees its own committee at the top of the tree', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/organizations')

    const topRows = page.locator('.el-table__body tr.el-table__row--level-0')
    await expect(topRows).toHaveCount(1)
    await expect(topRows.first()).toContainText(TOWNSHIP)
    await expect(page.getByText(ROOT, { exact: true })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '用户菜单：兴安乡关工委管理员' })).toBeVisible()
  })

  test('a viewer reads the tree without write actions and has no user administration', async ({ page }, testInfo) => {
    await loginAs(page, 'city-viewer', '/organizations')
    await expand(page, ROOT)
    await expect(orgRow(page, TOWNSHIP)).toBeVisible()

    await expect(page.getByRole('button', { name: '新增下级' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: '操作' })).toHaveCount(0) // the phone's action menu
    await expect(page.getByRole('button', { name: '新增市关工委' })).toHaveCount(0)
    expect(await menuEntries(page, testInfo)).toEqual([
      '工作概况',
      '组织机构',
      '领导班子',
      '培训',
      '调研',
      '五老队伍',
      '五老工作组织',
      '先进典型',
      '帮扶对子',
      '帮扶对象',
      '五好创建',
      '创建规划',
      '考核评分',
      '评分表',
      '党建带关工',
    ])

    // Typing the address does not help: the route needs USER_READ.
    await page.goto('/users')
    await expect(page).toHaveURL(/\/dashboard$/)
  })
})

test.describe('logout', () => {
  test('[S2] ends the session: the token is refused and a reload stays on the login page', async ({ page }) => {
    await loginAs(page, 'xingan-admin', '/organizations')
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('xinhuo.session') ?? '{}').token as string)

    await logout(page)

    expect((await page.request.get('/api/v1/auth/me', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401)
    await page.reload()
    await expect(page).toHaveURL(/\/login/)
  })
})
