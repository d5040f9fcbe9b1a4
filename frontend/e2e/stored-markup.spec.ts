import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { expand, isPhone, loginAs, orgRow, tokenFor, TOWNSHIP, unique } from './helpers'

/**
 * Markup typed into a record (a name, a title, a story) is shown as the text it is, never run:
 * Vue's text interpolation escapes it, and no v-html renders user data. The records are made
 * through the API, as another system could, then opened in every page that shows them.
 */
const IMG = '<img src=x onerror=window.__xss=1>'
const SCRIPT = '<script>window.__xss=1</script>'

interface Made {
  village: { id: number; name: string }
  volunteer: { id: number; name: string }
  team: { id: number; name: string }
  honor: { id: number; title: string; story: string }
}

async function post<T>(request: APIRequestContext, token: string, path: string, data: unknown): Promise<T> {
  const response = await request.post(path, { headers: { Authorization: `Bearer ${token}` }, data })
  expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(201)
  return (await response.json()) as T
}

/** A village group, a 五老 in it, a team with the 五老 as member and an honour, all named with markup. */
async function makeRecords(page: Page): Promise<Made> {
  const token = await tokenFor(page, 'xingan-admin')
  const found = await page.request.get(`/api/v1/organizations?q=${encodeURIComponent(TOWNSHIP)}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  const township = ((await found.json()) as { items: { id: number; name: string }[] }).items.find((o) => o.name === TOWNSHIP)!
  const n = unique()
  const village = await post<{ id: number; name: string }>(page.request, token, '/api/v1/organizations', {
    name: `标记村${n}${IMG}`,
    type: 'VILLAGE_GROUP',
    parentId: township.id,
  })
  const volunteer = await post<{ id: number; name: string }>(page.request, token, '/api/v1/volunteers', {
    organizationId: village.id,
    name: `${IMG}${n}`.slice(0, 50),
    gender: 'MALE',
    birthDate: '1950-01-01',
    residence: 'RURAL',
    categories: ['VETERAN_TEACHER'],
    formerOccupation: SCRIPT,
    specialties: `${IMG} & 特长`,
  })
  const team = await post<{ id: number; name: string }>(page.request, token, '/api/v1/teams', {
    organizationId: village.id,
    type: 'CARE',
    name: `${SCRIPT}关爱团${n}`,
  })
  await post(page.request, token, `/api/v1/teams/${team.id}/members`, { volunteerId: volunteer.id, joinedOn: '2016-03-01' })
  const honor = await post<{ id: number; title: string; story: string }>(page.request, token, '/api/v1/honors', {
    volunteerId: volunteer.id,
    level: 'TOWNSHIP',
    title: `${SCRIPT}${n}`,
    awardedOn: '2016-05-04',
    issuer: IMG,
    story: `${IMG}\n${SCRIPT}`,
  })
  return { village, volunteer, team, honor }
}

/** Fails the test on any dialog; records whether the page set window.__xss. */
function watchForScripts(page: Page): () => Promise<void> {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return async () => {
    expect(dialogs, 'dialogs opened').toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
    // what was typed is text: no element came out of it
    expect(await page.locator('img[src="x"]').count()).toBe(0)
  }
}

test.describe('stored markup', () => {
  test('[V2] names, titles and stories with HTML and script are shown as text in lists, details and the tree', async ({
    page,
  }, testInfo) => {
    const made = await makeRecords(page)
    const inert = watchForScripts(page)
    await loginAs(page, 'xingan-admin', `/volunteers?q=${encodeURIComponent(made.volunteer.name)}`)

    // The register: the list, then the person's page.
    await expect(page.getByText('共 1 人', { exact: true })).toBeVisible()
    await expect(page.getByText(made.volunteer.name).first()).toBeVisible()
    await expect(page.getByText(made.village.name).first()).toBeVisible()
    await inert()
    await page.goto(`/volunteers/${made.volunteer.id}`)
    await expect(page.getByRole('heading', { name: made.volunteer.name })).toBeVisible()
    await expect(page.getByRole('cell', { name: made.village.name })).toBeVisible()
    await expect(page.getByRole('cell', { name: SCRIPT, exact: true })).toBeVisible()
    await expect(page.getByRole('cell', { name: `${IMG} & 特长` })).toBeVisible()
    await inert()

    // The team: its list within the village, and its page with the member.
    await page.goto(`/teams?within=${made.village.id}`)
    await expect(page.getByText(made.team.name).first()).toBeVisible()
    if (!isPhone(testInfo)) {
      // the table's tooltip for a long organization name shows it as text too
      await page.getByRole('cell', { name: made.village.name }).hover()
      await expect(page.locator('.el-popper.is-dark').filter({ hasText: made.village.name })).toBeVisible()
    }
    await inert()
    await page.goto(`/teams/${made.team.id}`)
    await expect(page.getByRole('heading', { name: made.team.name })).toBeVisible()
    await expect(page.getByText(made.volunteer.name).first()).toBeVisible()
    await inert()

    // The honour: the list within the village, and its page with the story.
    await page.goto(`/honors?within=${made.village.id}`)
    await expect(page.getByText(made.honor.title).first()).toBeVisible()
    await inert()
    await page.goto(`/honors/${made.honor.id}`)
    await expect(page.getByText(made.honor.title, { exact: true })).toBeVisible()
    await expect(page.locator('.story')).toContainText(IMG)
    await expect(page.locator('.story')).toContainText(SCRIPT)
    await expect(page.locator('.story script, .story img')).toHaveCount(0)
    await inert()

    // The organization tree, the village under the township.
    await page.goto('/organizations')
    await expect(orgRow(page, TOWNSHIP)).toBeVisible()
    await expand(page, TOWNSHIP)
    await expect(orgRow(page, made.village.name)).toBeVisible()
    await inert()
  })
})
