import { expect, type Page } from '@playwright/test'
import { tokenFor, unique, type DemoAccount } from './helpers'

/** Mentoring pairs set up through the API, as a township admin would record them. */

export const ZHONGSHAN = '钟山村关工小组'
export const HEGUANG = '和光村关工小组'

/** A day `days` before today in this machine's time zone, as 'YYYY-MM-DD'. */
export function daysAgo(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() - days)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export interface PairSetup {
  pairId: number
  volunteerName: string
  beneficiaryName: string
  organizationId: number
}

export class PairsApi {
  private constructor(
    private readonly page: Page,
    private readonly headers: Record<string, string>,
  ) {}

  static async as(page: Page, account: DemoAccount = 'xingan-admin'): Promise<PairsApi> {
    return new PairsApi(page, { Authorization: `Bearer ${await tokenFor(page, account)}` })
  }

  async organizationId(name: string): Promise<number> {
    const found = await this.page.request.get(`/api/v1/organizations?q=${encodeURIComponent(name)}`, { headers: this.headers })
    expect(found.status()).toBe(200)
    const org = ((await found.json()) as { items: { id: number; name: string }[] }).items.find((o) => o.name === name)
    expect(org, name).toBeDefined()
    return org!.id
  }

  /** A rural male 五老 born 1950, without an ID card number, in the given organization. */
  async volunteer(organizationId: number, name = `测五老${unique()}`): Promise<{ id: number; name: string }> {
    const created = await this.page.request.post('/api/v1/volunteers', {
      headers: this.headers,
      data: {
        organizationId,
        name,
        gender: 'MALE',
        birthDate: '1950-01-01',
        residence: 'RURAL',
        categories: ['VETERAN_CADRE'],
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    return { id: ((await created.json()) as { id: number }).id, name }
  }

  /** An ACTIVE pair of a new 五老 with a new young farmer, both in `organization`, started ten days ago. */
  async activePair(organization: string): Promise<PairSetup> {
    const organizationId = await this.organizationId(organization)
    const volunteer = await this.volunteer(organizationId)
    const beneficiaryName = `测青年${unique()}`
    const created = await this.page.request.post('/api/v1/pairs', {
      headers: this.headers,
      data: {
        volunteerId: volunteer.id,
        type: 'AGRICULTURAL_GUIDANCE',
        goals: '掌握玉米春播和中耕技术',
        startedOn: daysAgo(10),
        status: 'ACTIVE',
        beneficiary: {
          organizationId,
          name: beneficiaryName,
          gender: 'MALE',
          birthDate: '1995-04-01',
          category: 'YOUNG_FARMER',
        },
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const pairId = ((await created.json()) as { id: number }).id
    return { pairId, volunteerName: volunteer.name, beneficiaryName, organizationId }
  }

  async activityCount(pairId: number): Promise<number> {
    const found = await this.page.request.get(`/api/v1/pairs/${pairId}`, { headers: this.headers })
    expect(found.status()).toBe(200)
    return ((await found.json()) as { activityCount: number }).activityCount
  }

  async recordActivity(pairId: number, body: Record<string, unknown>): Promise<void> {
    const recorded = await this.page.request.post(`/api/v1/pairs/${pairId}/activities`, {
      headers: { ...this.headers, 'Idempotency-Key': crypto.randomUUID() },
      data: body,
    })
    expect(recorded.status(), await recorded.text()).toBe(201)
  }
}
