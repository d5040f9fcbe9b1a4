import type {
  Beneficiary,
  BeneficiaryCategory,
  BeneficiaryForm,
  BeneficiaryPersonalData,
  ConsentMethod,
  Gender,
} from './types'

/**
 * The beneficiary form shared by the register (帮扶对象) and the pair dialog (a new person recorded
 * with the pair). PIPL art. 28/31 as the server applies it (ChildProtectionPolicy): under 14 a
 * child's data is sensitive and needs the guardian's consent; every minor needs a guardian.
 */
export const CONSENT_AGE = 14
export const ADULT_AGE = 18

export const BENEFICIARY_CATEGORIES: readonly BeneficiaryCategory[] = [
  'YOUNG_FARMER', // 青年农民
  'LEFT_BEHIND_CHILD', // 留守儿童
  'POOR_YOUTH', // 困难青少年
  'STUDENT', // 学生
  'OTHER',
]
export const GENDERS: readonly Gender[] = ['MALE', 'FEMALE']
export const CONSENT_METHODS: readonly ConsentMethod[] = ['WRITTEN', 'ORAL_RECORDED', 'ELECTRONIC']
/** The privacy notice the guardian is shown today; the form proposes it. */
export const CURRENT_NOTICE_VERSION = '2024-1'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whole years from `birthDate` to `day` (both 'YYYY-MM-DD'), as java.time.Period does; undefined for a bad date. */
export function ageOn(birthDate: string, day: string): number | undefined {
  const b = DAY.exec(birthDate)
  const d = DAY.exec(day)
  if (!b || !d) return undefined
  const [, by, bm, bd] = b
  const [, dy, dm, dd] = d
  const years = Number(dy) - Number(by)
  const beforeBirthday = `${dm}${dd}` < `${bm}${bd}`
  return beforeBirthday ? years - 1 : years
}

/** A child under 14 on `today`: sensitive, recorded only with the guardian's consent. */
export function isUnder14(birthDate: string | null | undefined, today: string): boolean {
  if (!birthDate) return false
  const age = ageOn(birthDate, today)
  return age !== undefined && age < CONSENT_AGE
}

/** Under 18 on `today`: needs a guardian's name and relation. */
export function isMinor(birthDate: string | null | undefined, today: string): boolean {
  if (!birthDate) return false
  const age = ageOn(birthDate, today)
  return age !== undefined && age < ADULT_AGE
}

/** The form's fields, also the JSON properties whose server errors it shows beside them (consent.givenOn → givenOn). */
export const BENEFICIARY_FIELDS = [
  'organizationId',
  'name',
  'gender',
  'birthDate',
  'category',
  'situation',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
  'parentsWhereabouts',
  'consent',
  'givenBy',
  'givenOn',
  'method',
  'noticeVersion',
] as const
export type BeneficiaryField = (typeof BENEFICIARY_FIELDS)[number]

export interface ConsentValues {
  givenBy: string
  givenOn: string
  method: ConsentMethod | undefined
  noticeVersion: string
}

/** The form's values as typed; text fields are '' when empty. */
export interface BeneficiaryValues {
  organizationId: number | undefined
  name: string
  gender: Gender | undefined
  birthDate: string
  category: BeneficiaryCategory | undefined
  situation: string
  guardianName: string
  guardianRelation: string
  guardianPhone: string
  parentsWhereabouts: string
  consent: ConsentValues
}

export function emptyConsent(): ConsentValues {
  return { givenBy: '', givenOn: '', method: undefined, noticeVersion: CURRENT_NOTICE_VERSION }
}

export function emptyBeneficiaryValues(organizationId?: number): BeneficiaryValues {
  return {
    organizationId,
    name: '',
    gender: undefined,
    birthDate: '',
    category: undefined,
    situation: '',
    guardianName: '',
    guardianRelation: '',
    guardianPhone: '',
    parentsWhereabouts: '',
    consent: emptyConsent(),
  }
}

/**
 * The values to edit a record: the masked view where it is not a protected child, the full record
 * (personal data, read with an audit entry) where it is. The phone stays empty: left out, the server keeps it.
 */
export function beneficiaryValuesOf(b: Beneficiary, full?: BeneficiaryPersonalData): BeneficiaryValues {
  const consent = full?.consent
  return {
    organizationId: b.organizationId,
    name: full?.name ?? b.name ?? '',
    gender: b.gender,
    birthDate: full?.birthDate ?? b.birthDate ?? '',
    category: b.category,
    situation: (full ? full.situation : b.situation) ?? '',
    guardianName: (full ? full.guardianName : b.guardianName) ?? '',
    guardianRelation: (full ? full.guardianRelation : b.guardianRelation) ?? '',
    guardianPhone: '',
    parentsWhereabouts: (full ? full.parentsWhereabouts : b.parentsWhereabouts) ?? '',
    consent: consent
      ? { givenBy: consent.givenBy, givenOn: consent.givenOn, method: consent.method, noticeVersion: consent.noticeVersion }
      : {
          ...emptyConsent(),
          givenOn: b.consentGivenOn ?? '',
          method: b.consentMethod ?? undefined,
          noticeVersion: b.consentNoticeVersion ?? CURRENT_NOTICE_VERSION,
        },
  }
}

const orNull = (s: string) => (s.trim() ? s.trim() : null)

/** True when the guardian's consent was (partly) filled in: the form then sends it. */
function consentStarted(c: ConsentValues): boolean {
  return Boolean(c.givenBy.trim() || c.givenOn || c.method)
}

/**
 * The request body. The consent goes along for a child under 14 when started (an empty one is left
 * out so the server names `consent` as missing); missing required values are sent as they are.
 * `keepPhone`: editing without touching the phone leaves it out (the server keeps the stored number).
 */
export function toBeneficiaryForm(values: BeneficiaryValues, today: string, keepPhone = false): BeneficiaryForm {
  const child = isUnder14(values.birthDate, today)
  return {
    organizationId: values.organizationId as number,
    name: values.name.trim(),
    gender: values.gender as Gender,
    birthDate: values.birthDate,
    category: values.category as BeneficiaryCategory,
    situation: orNull(values.situation),
    guardianName: orNull(values.guardianName),
    guardianRelation: orNull(values.guardianRelation),
    guardianPhone: keepPhone && !values.guardianPhone.trim() ? null : values.guardianPhone.trim(),
    parentsWhereabouts: orNull(values.parentsWhereabouts),
    consent:
      child && consentStarted(values.consent)
        ? {
            givenBy: values.consent.givenBy.trim(),
            givenOn: values.consent.givenOn,
            method: values.consent.method as ConsentMethod,
            noticeVersion: values.consent.noticeVersion.trim(),
          }
        : null,
  }
}
