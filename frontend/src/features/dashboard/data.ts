import type { RouteLocationRaw } from 'vue-router'
import type { LeaderRole, Organization, OrganizationType, StatsCount, StatsSummary, TeamType } from './api/types'

/** Translates a message key (vue-i18n's t), passed in so the figures stay plain functions. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

// ---------------------------------------------------------------------------------------------
// Numbers

/** The count of one key of a breakdown (RURAL of byResidence), 0 when the key is absent. */
export function countOf(counts: readonly StatsCount[] | undefined, key: string): number {
  return counts?.find((c) => c.key === key)?.count ?? 0
}

/** A change against the previous period with its sign: +30, -5, ±0. */
export function formatChange(change: number): string {
  if (change > 0) return `+${change}`
  if (change < 0) return `-${Math.abs(change)}`
  return '±0'
}

export type ChangeTone = 'up' | 'down' | 'flat'

export function changeTone(change: number): ChangeTone {
  return change > 0 ? 'up' : change < 0 ? 'down' : 'flat'
}

/** A rate in per cent as the API gives it (77.0, 66.7): 77%, 66.7%; a dash when nothing was enrolled. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—'
  return `${Number(rate.toFixed(1))}%`
}

/** A share 0–1 as a whole percentage (1 → 100); undefined without one. */
export function sharePercent(share: number | null | undefined): number | undefined {
  if (share === null || share === undefined || Number.isNaN(share)) return undefined
  return Math.round(Math.min(1, Math.max(0, share)) * 100)
}

/** Service hours with at most one decimal: 1873, 12.5. */
export function formatHours(hours: number | undefined): string {
  return String(Number((hours ?? 0).toFixed(1)))
}

// ---------------------------------------------------------------------------------------------
// Drill-down: the list behind each figure

/** The list pages the figures come from. */
export type DrillDownList =
  | 'volunteers'
  | 'teams'
  | 'honors'
  | 'pairs'
  | 'leadership'
  | 'trainings'
  | 'research'
  | 'awards'
  | 'campaigns'
  | 'party-building'

/** The list behind a figure and the filters, besides the organization, that give its records. */
export interface DrillDown {
  list: DrillDownList
  /** As the list reads them from its address: residence=RURAL, from/to of the period, year. */
  filters?: Record<string, string>
}

/**
 * Each list's address and the name of its organization filter (a subtree). The plans (创建规划)
 * have none: the campaigns API takes no subtree, so that list shows every plan of the user's scope.
 */
const LISTS: Record<DrillDownList, { path: string; organization?: string }> = {
  volunteers: { path: '/volunteers', organization: 'within' },
  teams: { path: '/teams', organization: 'within' },
  honors: { path: '/honors', organization: 'within' },
  pairs: { path: '/pairs', organization: 'within' },
  leadership: { path: '/leadership', organization: 'organizationId' },
  trainings: { path: '/trainings', organization: 'within' },
  research: { path: '/research-visits', organization: 'within' },
  awards: { path: '/awards', organization: 'within' },
  campaigns: { path: '/campaigns' },
  'party-building': { path: '/party-building', organization: 'within' },
}

/**
 * Where a figure's records are listed: the list of the organization's subtree with the figure's
 * filters, each list reading them from its address (/volunteers?within=13&residence=RURAL).
 */
export function drillDownLink(target: DrillDown, organizationId: number | undefined): RouteLocationRaw {
  const { path, organization } = LISTS[target.list]
  const query: Record<string, string> = {}
  if (organization && organizationId !== undefined) query[organization] = String(organizationId)
  Object.assign(query, target.filters)
  return Object.keys(query).length ? { path, query } : { path }
}

// ---------------------------------------------------------------------------------------------
// Figure cards

export interface FigureChange {
  value: number
  text: string
  tone: ChangeTone
}

/** One key figure: what it counts, the number, the details beside it and the list behind it. */
export interface FigureCard {
  id:
    | 'volunteers'
    | 'rural'
    | 'teams'
    | 'models'
    | 'pairs'
    | 'leaders'
    | 'trainings'
    | 'research'
    | 'fiveGood'
    | 'spotChecks'
    | 'planned'
    | 'partyBuilding'
  title: string
  /** After the number: 人, 个, 对, … */
  unit: string
  value: number | string
  /** Details, one a line. */
  lines: string[]
  /** The change against the previous period, where the summary has one. */
  change?: FigureChange
  drillDown: DrillDown
}

function change(value: number | undefined): FigureChange | undefined {
  if (value === undefined) return undefined
  return { value, text: formatChange(value), tone: changeTone(value) }
}

const ORGANIZATION_TYPES: readonly OrganizationType[] = [
  'CITY_COMMITTEE',
  'TOWNSHIP_COMMITTEE',
  'VILLAGE_GROUP',
  'COMMUNITY_GROUP',
  'SCHOOL_GROUP',
]
const byOrganizationType = (a: OrganizationType | undefined, b: OrganizationType | undefined) =>
  ORGANIZATION_TYPES.indexOf(a as OrganizationType) - ORGANIZATION_TYPES.indexOf(b as OrganizationType)

/** The 五好 rows (创建, 授牌, 授牌率) per organization type, committees before groups. */
export function fiveGoodRows(summary: StatsSummary | undefined) {
  return [...(summary?.fiveGood?.rates?.rows ?? [])]
    .filter((r) => r.organizationType !== undefined)
    .sort((a, b) => byOrganizationType(a.organizationType, b.organizationType))
    .map((r) => ({
      type: r.organizationType as OrganizationType,
      enrolled: r.enrolled ?? 0,
      awarded: r.awarded ?? 0,
      rate: formatRate(r.rate),
      warned: r.warned ?? 0,
      revoked: r.revoked ?? 0,
    }))
}

/** Every key figure of the report, in the report's order. */
export function figureCards(s: StatsSummary, t: Translate): FigureCard[] {
  const v = s.volunteers
  const five = fiveGoodRows(s)
  const placesByType = [...(s.research?.placesByType ?? [])].sort((a, b) =>
    byOrganizationType(a.type as OrganizationType, b.type as OrganizationType),
  )
  const places = placesByType.reduce((sum, p) => sum + (p.places ?? 0), 0)
  const party = s.partyBuilding
  const residenceChange = (key: string) =>
    v?.activeNetChangeByResidence?.some((c) => c.key === key) ? countOf(v.activeNetChangeByResidence, key) : undefined
  const urbanChange = residenceChange('URBAN')
  const sum = (rows: typeof five, of: 'awarded' | 'warned' | 'revoked') => rows.reduce((n, r) => n + r[of], 0)
  // The lists filtered as the figures count: the period's days, the year it ends in (as the summary's 党建 and plans).
  const days = s.period?.from && s.period.to ? { from: s.period.from, to: s.period.to } : undefined
  const inYear: Record<string, string> = s.period?.to ? { year: s.period.to.slice(0, 4) } : {}
  return [
    {
      id: 'volunteers',
      title: t('dashboard.cards.volunteers.title'),
      unit: t('dashboard.units.people'),
      value: v?.registered ?? 0,
      lines: [
        t('dashboard.cards.volunteers.active', { count: v?.active ?? 0 }),
        t('dashboard.cards.volunteers.joinedLeft', { joined: v?.joined ?? 0, left: v?.left ?? 0 }),
      ],
      change: change(v?.activeNetChange),
      drillDown: { list: 'volunteers' },
    },
    {
      id: 'rural',
      title: t('dashboard.cards.rural.title'),
      unit: t('dashboard.units.people'),
      value: countOf(v?.byResidence, 'RURAL'),
      lines: [
        urbanChange === undefined
          ? t('dashboard.cards.rural.urban', { count: countOf(v?.byResidence, 'URBAN') })
          : t('dashboard.cards.rural.urbanChange', { count: countOf(v?.byResidence, 'URBAN'), change: formatChange(urbanChange) }),
      ],
      change: change(residenceChange('RURAL')),
      drillDown: { list: 'volunteers', filters: { residence: 'RURAL' } },
    },
    {
      id: 'teams',
      title: t('dashboard.cards.teams.title'),
      unit: t('dashboard.units.teams'),
      value: s.teams?.teams ?? 0,
      lines: [t('dashboard.cards.teams.members', { count: s.teams?.members ?? 0 })],
      drillDown: { list: 'teams' },
    },
    {
      id: 'models',
      title: t('dashboard.cards.models.title'),
      unit: t('dashboard.units.people'),
      value: s.models?.models ?? 0,
      lines: [t('dashboard.cards.models.media', { count: s.models?.featuredInMedia ?? 0 })],
      drillDown: { list: 'honors' },
    },
    {
      id: 'pairs',
      title: t('dashboard.cards.pairs.title'),
      unit: t('dashboard.units.pairs'),
      value: s.pairs?.pairs ?? 0,
      lines: [
        t('dashboard.cards.pairs.activities', { count: s.pairs?.activities ?? 0 }),
        t('dashboard.cards.pairs.hours', { hours: formatHours(s.pairs?.hours) }),
      ],
      drillDown: { list: 'pairs' },
    },
    {
      id: 'leaders',
      title: t('dashboard.cards.leaders.title'),
      unit: t('dashboard.units.people'),
      value: s.leadership?.appointed ?? 0,
      lines: [
        t('dashboard.cards.leaders.trained', {
          count: s.leadership?.trained ?? 0,
          percent: sharePercent(s.leadership?.trainedShare) ?? 100,
        }),
      ],
      drillDown: { list: 'leadership', filters: days },
    },
    {
      id: 'trainings',
      title: t('dashboard.cards.trainings.title'),
      unit: t('dashboard.units.classes'),
      value: s.trainings ?? 0,
      lines: [],
      drillDown: { list: 'trainings', filters: days },
    },
    {
      id: 'research',
      title: t('dashboard.cards.research.title'),
      unit: t('dashboard.units.trips'),
      value: s.research?.trips ?? 0,
      lines: [
        t('dashboard.cards.research.places', { count: places }),
        ...placesByType.map((p) =>
          t('dashboard.cards.research.placesOfType', { type: t(`org.types.${p.type}`), count: p.places ?? 0 }),
        ),
      ],
      drillDown: { list: 'research', filters: days },
    },
    {
      id: 'fiveGood',
      title: t('dashboard.cards.fiveGood.title'),
      unit: t('dashboard.units.organizations'),
      value: sum(five, 'awarded'),
      lines: [
        ...five.map((r) =>
          t('dashboard.cards.fiveGood.row', {
            type: t(`org.types.${r.type}`),
            enrolled: r.enrolled,
            awarded: r.awarded,
            rate: r.rate,
          }),
        ),
        t('dashboard.cards.fiveGood.slipped', { warned: sum(five, 'warned'), revoked: sum(five, 'revoked') }),
      ],
      drillDown: { list: 'awards' },
    },
    {
      id: 'spotChecks',
      title: t('dashboard.cards.spotChecks.title'),
      unit: t('dashboard.units.rounds'),
      value: s.fiveGood?.spotCheckRounds ?? 0,
      lines: [t('dashboard.cards.spotChecks.checks', { count: s.fiveGood?.spotChecks ?? 0 })],
      drillDown: { list: 'awards', filters: { tab: 'spot-checks', ...inYear } },
    },
    {
      id: 'planned',
      title: t('dashboard.cards.planned.title'),
      unit: t('dashboard.units.organizations'),
      value: s.fiveGood?.plannedForYear ?? 0,
      lines: [t('dashboard.cards.planned.year', { year: s.period?.to?.slice(0, 4) ?? '' })],
      drillDown: { list: 'campaigns' },
    },
    {
      id: 'partyBuilding',
      title: t('dashboard.cards.partyBuilding.title'),
      unit: t('dashboard.units.branches'),
      value: party?.branches ?? 0,
      lines: [
        t('dashboard.cards.partyBuilding.halfYear', {
          year: party?.year ?? '',
          assessed: party?.halfYearAssessed ?? 0,
          passed: party?.halfYearPassed ?? 0,
        }),
        t('dashboard.cards.partyBuilding.yearEnd', {
          year: party?.year ?? '',
          assessed: party?.yearEndAssessed ?? 0,
          passed: party?.yearEndPassed ?? 0,
          failed: party?.yearEndFailed ?? 0,
        }),
      ],
      drillDown: { list: 'party-building', filters: inYear },
    },
  ]
}

// ---------------------------------------------------------------------------------------------
// Charts

export interface ChartData {
  categories: string[]
  series: { name: string; values: number[] }[]
}

const RESIDENCES = ['RURAL', 'URBAN'] as const
/** The age bands of the statistics (StatsRepository), youngest first. */
const AGE_BANDS = ['UNDER_50', '50_59', '60_69', '70_79', '80_AND_OVER'] as const
const TEAM_TYPES: readonly TeamType[] = ['CARE', 'LECTURE', 'ART', 'OTHER']
const LEADER_ROLES: readonly LeaderRole[] = [
  'DIRECTOR', // 主任
  'EXECUTIVE_DEPUTY_DIRECTOR', // 常务副主任
  'DEPUTY_DIRECTOR', // 副主任
  'SECRETARY_GENERAL', // 秘书长
  'LEADER', // 组长
  'EXECUTIVE_DEPUTY_LEADER', // 常务副组长
  'DEPUTY_LEADER', // 副组长
  'MEMBER', // 成员
]

/** 五老 by residence: rural and urban, with the slices for a pie. */
export function residenceChart(s: StatsSummary | undefined, t: Translate): { name: string; value: number }[] {
  const known = [...RESIDENCES].filter((r) => s?.volunteers?.byResidence?.some((c) => c.key === r))
  return known.map((r) => ({ name: t(`volunteer.residences.${r}`), value: countOf(s?.volunteers?.byResidence, r) }))
}

/** 五老 by age band, youngest first, every band shown (an empty one as 0). */
export function ageBandChart(s: StatsSummary | undefined, t: Translate): ChartData {
  return {
    categories: AGE_BANDS.map((b) => t(`dashboard.ageBands.${b}`)),
    series: [{ name: t('dashboard.charts.people'), values: AGE_BANDS.map((b) => countOf(s?.volunteers?.byAgeBand, b)) }],
  }
}

/** Teams and their members per type (关爱团, 报告团, 艺术团, …), the types that have teams. */
export function teamsChart(s: StatsSummary | undefined, t: Translate): ChartData {
  const rows = TEAM_TYPES.map((type) => s?.teams?.byType?.find((r) => r.type === type)).filter(
    (r): r is NonNullable<typeof r> => r !== undefined && (r.teams > 0 || r.members > 0),
  )
  return {
    categories: rows.map((r) => t(`team.types.${r.type}`)),
    series: [
      { name: t('dashboard.charts.teams'), values: rows.map((r) => r.teams) },
      { name: t('dashboard.charts.members'), values: rows.map((r) => r.members) },
    ],
  }
}

/** 五好 enrolled against awarded per organization type; the rate is part of the category's name. */
export function fiveGoodChart(s: StatsSummary | undefined, t: Translate): ChartData {
  const rows = fiveGoodRows(s)
  return {
    categories: rows.map((r) => t('dashboard.charts.typeWithRate', { type: t(`org.types.${r.type}`), rate: r.rate })),
    series: [
      { name: t('dashboard.charts.enrolled'), values: rows.map((r) => r.enrolled) },
      { name: t('dashboard.charts.awarded'), values: rows.map((r) => r.awarded) },
    ],
  }
}

/** Leaders appointed, ended and trained per seat in the period, only the seats with something to tell. */
export function leadersChart(s: StatsSummary | undefined, t: Translate): ChartData {
  const rows = LEADER_ROLES.map((role) => {
    const r = s?.leadership?.byRole?.find((x) => x.role === role)
    return { role, appointed: r?.appointed ?? 0, ended: r?.ended ?? 0, trained: r?.trained ?? 0 }
  }).filter((r) => r.appointed + r.ended + r.trained > 0)
  return {
    categories: rows.map((r) => t(`leadership.roles.${r.role}`)),
    series: [
      { name: t('dashboard.charts.appointed'), values: rows.map((r) => r.appointed) },
      { name: t('dashboard.charts.ended'), values: rows.map((r) => r.ended) },
      { name: t('dashboard.charts.trained'), values: rows.map((r) => r.trained) },
    ],
  }
}

// ---------------------------------------------------------------------------------------------
// The chosen organization and the way back up

export interface Crumb {
  id: number
  name: string
}


/**
 * The breadcrumb after choosing `chosen`: cut back when it is already on the way (a crumb clicked),
 * one step longer when it is a child of the last crumb (a row clicked); undefined when the way has
 * to be read again (another organization picked, an address opened).
 */
export function nextTrail(
  trail: readonly Crumb[],
  chosen: Pick<Organization, 'id' | 'name' | 'parentId'>,
): Crumb[] | undefined {
  const at = trail.findIndex((c) => c.id === chosen.id)
  if (at >= 0) return trail.slice(0, at + 1)
  const last = trail[trail.length - 1]
  if (last !== undefined && chosen.parentId === last.id) return [...trail, { id: chosen.id, name: chosen.name }]
  return undefined
}

/**
 * The way from the user's own organization down to `id`, read upwards parent by parent. It stops
 * at the user's organization, at the top of the tree, or after `limit` steps.
 */
export async function readTrail(
  id: number,
  ownId: number | undefined,
  read: (id: number) => Promise<Pick<Organization, 'id' | 'name' | 'parentId'>>,
  limit = 12,
): Promise<Crumb[]> {
  const trail: Crumb[] = []
  let next: number | null = id
  while (next !== null && trail.length < limit) {
    const org = await read(next)
    trail.unshift({ id: org.id, name: org.name })
    if (org.id === ownId) break
    next = org.parentId
  }
  return trail
}
