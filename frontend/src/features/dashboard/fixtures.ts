import type { StatsSummary } from './api/types'

/** GET /stats/summary?period=2016-H1 for 五大连池市 with the demo data: the report's figures. */
export const WUDALIANCHI_2016_H1: StatsSummary = {
  organizationId: 1,
  organizationName: '五大连池市关工委',
  period: { from: '2016-01-01', to: '2016-06-30', label: '2016-H1' },
  previousPeriod: { from: '2015-07-01', to: '2015-12-31', label: '2015-H2' },
  volunteers: {
    registered: 1286,
    active: 1271,
    byResidence: [
      { key: 'RURAL', count: 900 },
      { key: 'URBAN', count: 386 },
    ],
    byCategory: [
      { key: 'OTHER', count: 235 },
      { key: 'VETERAN_CADRE', count: 256 },
      { key: 'VETERAN_EXPERT', count: 251 },
      { key: 'VETERAN_MODEL', count: 218 },
      { key: 'VETERAN_SOLDIER', count: 205 },
      { key: 'VETERAN_TEACHER', count: 315 },
    ],
    byGender: [
      { key: 'FEMALE', count: 649 },
      { key: 'MALE', count: 637 },
    ],
    byAgeBand: [
      { key: '50_59', count: 274 },
      { key: '60_69', count: 404 },
      { key: '70_79', count: 437 },
      { key: '80_AND_OVER', count: 127 },
      { key: 'UNDER_50', count: 44 },
    ],
    byStatus: [
      { key: 'ACCOMPANYING_STUDY', count: 6 },
      { key: 'ACTIVE', count: 1271 },
      { key: 'MOVED_TO_TOWN', count: 6 },
      { key: 'WORKING_AWAY', count: 3 },
    ],
    activeNetChange: 30,
    activeNetChangeByResidence: [
      { key: 'RURAL', count: 30 },
      { key: 'URBAN', count: 0 },
    ],
    joined: 45,
    left: 15,
  },
  teams: {
    teams: 186,
    members: 994,
    byType: [
      { type: 'ART', teams: 21, members: 255 },
      { type: 'CARE', teams: 143, members: 516 },
      { type: 'LECTURE', teams: 22, members: 223 },
    ],
  },
  models: {
    models: 32,
    byLevel: [
      { level: 'PROVINCIAL', people: 3 },
      { level: 'PREFECTURE', people: 5 },
      { level: 'CITY_PARTY_GOVERNMENT', people: 14 },
      { level: 'CITY_COMMITTEE', people: 6 },
      { level: 'TOWNSHIP', people: 4 },
    ],
    featuredInMedia: 10,
  },
  pairs: {
    pairs: 152,
    byType: [
      { key: 'AGRICULTURAL_GUIDANCE', count: 47 },
      { key: 'LEFT_BEHIND_CARE', count: 39 },
      { key: 'MORAL_GUIDANCE', count: 17 },
      { key: 'POVERTY_RELIEF', count: 25 },
      { key: 'STUDY_HELP', count: 24 },
    ],
    byStatus: [
      { key: 'ACTIVE', count: 128 },
      { key: 'COMPLETED', count: 18 },
      { key: 'ENDED', count: 2 },
      { key: 'PAUSED', count: 4 },
    ],
    activities: 906,
    hours: 1873.0,
  },
  leadership: {
    from: '2016-01-01',
    to: '2016-06-30',
    byRole: [
      { role: 'DIRECTOR', appointed: 0, ended: 0, trained: 0 },
      { role: 'EXECUTIVE_DEPUTY_DIRECTOR', appointed: 4, ended: 4, trained: 4 },
      { role: 'EXECUTIVE_DEPUTY_LEADER', appointed: 24, ended: 24, trained: 24 },
      { role: 'LEADER', appointed: 0, ended: 0, trained: 0 },
      { role: 'SECRETARY_GENERAL', appointed: 0, ended: 0, trained: 0 },
    ],
    appointed: 28,
    trained: 28,
    trainedShare: 1.0,
  },
  trainings: 9,
  research: {
    from: '2016-01-01',
    to: '2016-06-30',
    trips: 3,
    placesByType: [
      { type: 'COMMUNITY_GROUP', places: 3 },
      { type: 'SCHOOL_GROUP', places: 2 },
      { type: 'TOWNSHIP_COMMITTEE', places: 6 },
      { type: 'VILLAGE_GROUP', places: 12 },
    ],
  },
  fiveGood: {
    rates: {
      on: '2016-06-30',
      rows: [
        { organizationType: 'TOWNSHIP_COMMITTEE', enrolled: 13, awarded: 13, rate: 100.0, warned: 0, revoked: 0 },
        { organizationType: 'VILLAGE_GROUP', enrolled: 87, awarded: 67, rate: 77.0, warned: 0, revoked: 0 },
        { organizationType: 'COMMUNITY_GROUP', enrolled: 6, awarded: 6, rate: 100.0, warned: 0, revoked: 0 },
      ],
    },
    spotCheckRounds: 2,
    spotChecks: 172,
    plannedForYear: 8,
  },
  partyBuilding: { year: 2016, branches: 101, halfYearAssessed: 101, halfYearPassed: 101, yearEndAssessed: 0, yearEndPassed: 0, yearEndFailed: 0 },
}
