import { expect, test } from '@playwright/test'
import { loginAs, loginWithForm, logout, tokenOf, TOWNSHIP, unique } from './helpers'
import { totp, wrongTotp } from './totp'

test.describe('second factor', () => {
  test('the test computes codes as RFC 6238 says', () => {
    // RFC 6238 appendix B: the ASCII secret "12345678901234567890" at T = 59 s gives 94287082 (8 digits).
    expect(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000)).toBe('287082')
    expect(totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1_111_111_109_000)).toBe('081804')
  })

  test('[A3] a new user turns it on in the account page and then logs in with a code', async ({ page }) => {
    const n = unique()
    const username = `e2e-totp-${n}`
    const initialPassword = `Init-${n}-Aa`
    const password = `New-${n}-Bb`

    // A fresh account, made through the API by the city administrator.
    await loginAs(page, 'city-admin', '/organizations')
    const auth = { Authorization: `Bearer ${await tokenOf(page)}` }
    const found = await page.request.get(`/api/v1/organizations?q=${encodeURIComponent(TOWNSHIP)}`, { headers: auth })
    const township = ((await found.json()) as { items: { id: number; name: string }[] }).items.find(
      (o) => o.name === TOWNSHIP,
    )!
    const created = await page.request.post('/api/v1/users', {
      headers: auth,
      data: { username, displayName: `双因素测试${n}`, organizationId: township.id, roles: ['VIEWER'], initialPassword },
    })
    expect(created.status()).toBe(201)
    await logout(page)

    // First login: the initial password must be changed.
    await loginWithForm(page, username, initialPassword)
    await expect(page).toHaveURL(/\/change-password/)
    await page.getByLabel('当前密码').fill(initialPassword)
    await page.getByLabel('新密码', { exact: true }).fill(password)
    await page.getByLabel('确认新密码').fill(password)
    await page.getByRole('button', { name: '确认修改' }).click()
    await expect(page).toHaveURL(/\/dashboard$/)

    // Account security, from the user menu: turn the second factor on.
    await page.getByRole('button', { name: /^用户菜单/ }).click()
    await page.getByRole('menuitem', { name: '账户安全' }).click()
    await expect(page).toHaveURL(/\/account$/)
    await expect(page.getByTestId('totp-status')).toHaveText('未开启')
    await page.getByRole('button', { name: '开启双因素认证' }).click()
    await expect(page.getByRole('img', { name: '身份验证器二维码' })).toBeVisible()
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '')
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
    await page.getByLabel('动态验证码').fill(totp(secret))
    await page.getByRole('button', { name: '确认开启' }).click()
    await expect(page.getByTestId('totp-status')).toHaveText('已开启')

    // The next login asks for the code after the password.
    await logout(page)
    await loginWithForm(page, username, password)
    const code = page.getByLabel('动态验证码')
    await expect(code).toBeVisible()
    await expect(page).toHaveURL(/\/login/)

    await code.fill(wrongTotp(secret))
    await page.getByRole('button', { name: '登录', exact: true }).click()
    // (the success messages of the password change and the second factor may still be showing)
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('用户名或密码错误。')

    // The next step's code: accepted (one step of drift), and never the one just used to turn it on.
    await code.fill(totp(secret, Date.now() + 30_000))
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await expect(page).toHaveURL(/\/dashboard$/)
    await expect(page.getByRole('button', { name: /^用户菜单/ })).toBeVisible()
  })
})
