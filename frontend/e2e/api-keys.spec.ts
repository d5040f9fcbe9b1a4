import { expect, test } from '@playwright/test'
import { API_PORT, loginAs, openMenu, TOWNSHIP, unique } from './helpers'

test.describe('API keys', () => {
  test('[S2] an admin creates a key for a township, sees it once, another system uses it until it is revoked', async ({
    page,
    request,
  }, testInfo) => {
    const name = `e2e-接口-${unique()}`
    await loginAs(page, 'city-admin', '/organizations')
    await openMenu(page, testInfo, '接口密钥')
    await expect(page).toHaveURL(/\/api-keys$/)
    await expect(page.getByText('X-API-Key', { exact: true })).toBeVisible()

    await page.getByRole('button', { name: '新建密钥' }).click()
    const form = page.getByRole('dialog', { name: '新建接口密钥' })
    await form.getByLabel('名称').fill(name)
    await form.getByLabel('绑定组织').fill('兴安乡')
    await page.getByRole('option').filter({ has: page.getByText(TOWNSHIP, { exact: true }) }).click()
    await expect(form.getByRole('radio', { name: /只读/ })).toBeChecked()
    await form.getByRole('button', { name: '创建' }).click()

    const shown = page.getByRole('dialog', { name: '接口密钥已创建' })
    await expect(shown).toContainText('密钥只显示这一次，请立即妥善保存')
    const key = ((await shown.getByTestId('api-key-secret').textContent()) ?? '').trim()
    expect(key.length).toBeGreaterThanOrEqual(20)
    await shown.getByRole('button', { name: '我已保存' }).click()
    await expect(shown).toBeHidden()

    // The list knows the key by its first characters only.
    const row = page.getByRole('row').filter({ hasText: name })
    await expect(row).toContainText('只读')
    await expect(row).toContainText(TOWNSHIP)
    expect(await page.content()).not.toContain(key)

    // Another system calls the API with the key: it sees the township's subtree.
    const roots = () =>
      request.get(`http://localhost:${API_PORT}/api/v1/organizations/roots`, { headers: { 'X-API-Key': key } })
    const answer = await roots()
    expect(answer.status()).toBe(200)
    expect(((await answer.json()) as { name: string }[])[0]?.name).toBe(TOWNSHIP)

    await row.getByRole('button', { name: '吊销' }).click()
    const confirm = page.getByRole('dialog', { name: '吊销接口密钥' })
    await expect(confirm).toContainText(name)
    await confirm.getByRole('button', { name: '吊销' }).click()

    await expect(row).toContainText('已吊销')
    await expect(row.getByRole('button', { name: '吊销' })).toHaveCount(0)
    expect((await roots()).status()).toBe(401)
  })
})
