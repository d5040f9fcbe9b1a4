import { expect, test, type Page } from '@playwright/test'
import { loginAs, loginWithForm, logout, TOWNSHIP, unique } from './helpers'

async function openCreateDialog(page: Page) {
  await page.getByRole('button', { name: '新增用户' }).click()
  const dialog = page.getByRole('dialog', { name: '新增用户' })
  await expect(dialog).toBeVisible()
  return dialog
}

async function searchUser(page: Page, text: string) {
  await page.getByRole('textbox', { name: '用户名或姓名' }).fill(text)
  await page.getByRole('button', { name: '搜索', exact: true }).click()
}

test.describe('user administration', () => {
  test('[A4] an admin creates a user, who logs in, must change the password and reaches the organizations', async ({
    page,
  }) => {
    const n = unique()
    const username = `e2e-${n}`
    const initialPassword = `Init-${n}-Aa`
    const newPassword = `New-${n}-Bb`
    await loginAs(page, 'city-admin', '/users')

    const dialog = await openCreateDialog(page)
    await dialog.getByLabel('用户名').fill(username)
    await dialog.getByLabel('姓名').fill(`测试组长${n}`)
    await dialog.getByLabel('所属组织').fill('兴安乡')
    await page.getByRole('option').filter({ has: page.getByText(TOWNSHIP, { exact: true }) }).click()
    // An administrator cannot grant a role above its own.
    await expect(dialog.getByRole('checkbox', { name: '系统管理员' })).toHaveCount(0)
    await dialog.getByText('小组组长', { exact: true }).click()
    await expect(dialog.getByRole('checkbox', { name: '小组组长' })).toBeChecked()
    await dialog.getByLabel('初始密码').fill(initialPassword)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    await searchUser(page, username)
    const row = page.getByRole('row').filter({ hasText: username })
    await expect(row).toContainText(TOWNSHIP)
    await expect(row).toContainText('小组组长')
    await expect(row).toContainText('待改密码')

    await logout(page)
    await loginWithForm(page, username, initialPassword)

    await expect(page).toHaveURL(/\/change-password/)
    await expect(page.getByText('首次登录或密码已过期，请先修改密码')).toBeVisible()
    await page.getByLabel('当前密码').fill(initialPassword)
    await page.getByLabel('新密码', { exact: true }).fill(newPassword)
    await page.getByLabel('确认新密码').fill(newPassword)
    await page.getByRole('button', { name: '确认修改' }).click()

    await expect(page).toHaveURL(/\/dashboard$/)
    await expect(page.locator('.period-text')).toContainText(TOWNSHIP)
    await page.goto('/organizations')
    const topRows = page.locator('.el-table__body tr.el-table__row--level-0')
    await expect(topRows).toHaveCount(1)
    await expect(topRows.first()).toContainText(TOWNSHIP)
  })

  test('the server messages appear beside the fields', async ({ page }) => {
    await loginAs(page, 'city-admin', '/users')

    const dialog = await openCreateDialog(page)
    await dialog.getByLabel('用户名').fill('city-viewer') // taken
    await dialog.getByLabel('姓名').fill('重名测试')
    await dialog.getByLabel('所属组织').fill('兴安乡')
    await page.getByRole('option').filter({ has: page.getByText(TOWNSHIP, { exact: true }) }).click()
    await dialog.getByText('只读', { exact: true }).click()
    await dialog.getByLabel('初始密码').fill(`Init-${unique()}-Aa`)
    await dialog.getByRole('button', { name: '保存' }).click()

    const usernameItem = dialog.locator('.el-form-item').filter({ has: page.getByLabel('用户名') })
    await expect(usernameItem.locator('.el-form-item__error')).toHaveText('用户名已被使用。')
    await expect(dialog).toBeVisible()
  })

  test('[A4] the change-password page checks the confirmation and shows the server verdict on the field', async ({
    page,
  }) => {
    await loginAs(page, 'tuanjie-admin', '/change-password')

    await page.getByLabel('当前密码').fill('wrong-current-1A')
    await page.getByLabel('新密码', { exact: true }).fill('Another-Pass-9')
    await page.getByLabel('确认新密码').fill('Another-Pass-8')
    await page.getByRole('button', { name: '确认修改' }).click()
    const confirmItem = page.locator('.el-form-item').filter({ has: page.getByLabel('确认新密码') })
    await expect(confirmItem.locator('.el-form-item__error')).toHaveText('两次输入的新密码不一致')

    await page.getByLabel('确认新密码').fill('Another-Pass-9')
    await page.getByRole('button', { name: '确认修改' }).click()
    const currentItem = page.locator('.el-form-item').filter({ has: page.getByLabel('当前密码') })
    await expect(currentItem.locator('.el-form-item__error')).toHaveText('当前密码不正确。')
    await expect(page).toHaveURL(/\/change-password/)
  })
})
