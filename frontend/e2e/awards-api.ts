import { expect, type Page } from '@playwright/test'
import { tokenFor, unique, type DemoAccount } from './helpers'

/** 五好 evaluations set up through the API, as the city's inspectors would score and confirm them. */

interface SheetItem {
  code: string
  maxPoints: number
}

interface Sheet {
  id: number
  criteria: { items: SheetItem[] }[]
}

export interface ConfirmedEvaluation {
  id: number
  total: number
  passed: boolean
  evaluatedOn: string
}

export class AwardsApi {
  private constructor(
    private readonly page: Page,
    private readonly headers: Record<string, string>,
  ) {}

  static async as(page: Page, account: DemoAccount = 'city-admin'): Promise<AwardsApi> {
    return new AwardsApi(page, { Authorization: `Bearer ${await tokenFor(page, account)}` })
  }

  async organizationId(name: string): Promise<number> {
    const found = await this.page.request.get(`/api/v1/organizations?q=${encodeURIComponent(name)}`, { headers: this.headers })
    expect(found.status()).toBe(200)
    const org = ((await found.json()) as { items: { id: number; name: string }[] }).items.find((o) => o.name === name)
    expect(org, name).toBeDefined()
    return org!.id
  }

  /** A new school's 关工 organization under a township: no title, no evaluations, whatever ran before. */
  async schoolGroup(township: string): Promise<{ id: number; name: string }> {
    const name = `测试中学关工组织${unique()}`
    const created = await this.page.request.post('/api/v1/organizations', {
      headers: this.headers,
      data: { name, type: 'SCHOOL_GROUP', parentId: await this.organizationId(township) },
    })
    expect(created.status(), await created.text()).toBe(201)
    return { id: ((await created.json()) as { id: number }).id, name }
  }

  /** The current 五好 sheet the organization is scored on (the city's, seeded). */
  async fiveGoodSheet(organizationId: number): Promise<Sheet> {
    const found = await this.page.request.get(
      `/api/v1/assessment-templates?usableFor=${organizationId}&current=true&kind=FIVE_GOOD`,
      { headers: this.headers },
    )
    expect(found.status(), await found.text()).toBe(200)
    const sheet = ((await found.json()) as { items: Sheet[] }).items[0]
    expect(sheet, 'a current 五好 sheet').toBeDefined()
    return sheet!
  }

  /**
   * A confirmed evaluation scoring every item at `share` of its maximum (1: full marks; the seeded
   * sheet passes at 80 in all and 12 per criterion of 20): created, submitted, confirmed.
   */
  async confirmedEvaluation(
    organizationId: number,
    sheet: Sheet,
    kind: 'SELF_CHECK' | 'SPOT_CHECK' | 'RECHECK',
    evaluatedOn: string,
    share: number,
  ): Promise<ConfirmedEvaluation> {
    const scores = sheet.criteria.flatMap((c) => c.items.map((i) => ({ code: i.code, score: i.maxPoints * share })))
    const created = await this.page.request.post('/api/v1/evaluations', {
      headers: this.headers,
      data: { organizationId, templateId: sheet.id, kind, evaluatedOn, evaluators: '市关工委检查组', scores },
    })
    expect(created.status(), await created.text()).toBe(201)
    const id = ((await created.json()) as { id: number }).id
    let etag = created.headers()['etag']!
    let body: ConfirmedEvaluation & { status: string } | undefined
    for (const status of ['SUBMITTED', 'CONFIRMED']) {
      const stepped = await this.page.request.post(`/api/v1/evaluations/${id}/steps`, {
        headers: { ...this.headers, 'If-Match': etag },
        data: { status },
      })
      expect(stepped.status(), await stepped.text()).toBe(200)
      etag = stepped.headers()['etag']!
      body = await stepped.json()
    }
    expect(body!.status).toBe('CONFIRMED')
    return { id, total: body!.total, passed: body!.passed, evaluatedOn }
  }
}
