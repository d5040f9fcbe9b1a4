import { describe, expect, it } from 'vitest'
import { ageOn, emptyBeneficiaryValues, isMinor, isUnder14, toBeneficiaryForm, type BeneficiaryValues } from './beneficiary-form'

const TODAY = '2026-03-10'

function child(overrides: Partial<BeneficiaryValues> = {}): BeneficiaryValues {
  return {
    ...emptyBeneficiaryValues(14),
    name: ' 夏慧志 ',
    gender: 'FEMALE',
    birthDate: '2016-05-01',
    category: 'LEFT_BEHIND_CHILD',
    guardianName: '夏某某',
    guardianRelation: '祖父',
    ...overrides,
  }
}

describe('the age of a beneficiary', () => {
  it('counts whole years as java.time.Period does, the birthday itself included', () => {
    expect(ageOn('2012-03-10', TODAY)).toBe(14)
    expect(ageOn('2012-03-11', TODAY)).toBe(13)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('not a day', TODAY)).toBeUndefined()
  })

  it('is under 14 until the fourteenth birthday, a sensitive child needing consent', () => {
    expect(isUnder14('2012-03-11', TODAY)).toBe(true)
    expect(isUnder14('2012-03-10', TODAY)).toBe(false)
    expect(isUnder14('', TODAY)).toBe(false)
    expect(isUnder14(null, TODAY)).toBe(false)
  })

  it('is a minor needing a guardian until 18', () => {
    expect(isMinor('2008-03-11', TODAY)).toBe(true)
    expect(isMinor('2008-03-10', TODAY)).toBe(false)
    expect(isMinor(undefined, TODAY)).toBe(false)
  })
})

describe('the beneficiary form body', () => {
  it('leaves an untouched consent out, so the server names consent as missing', () => {
    const body = toBeneficiaryForm(child(), TODAY)
    expect(body.consent).toBeNull()
    expect(body.name).toBe('夏慧志')
    expect(body.situation).toBeNull()
  })

  it('sends the guardian’s consent for a child under 14', () => {
    const body = toBeneficiaryForm(
      child({ consent: { givenBy: ' 夏某某 ', givenOn: '2026-03-01', method: 'WRITTEN', noticeVersion: '2024-1' } }),
      TODAY,
    )
    expect(body.consent).toEqual({ givenBy: '夏某某', givenOn: '2026-03-01', method: 'WRITTEN', noticeVersion: '2024-1' })
  })

  it('sends no consent for an adult even when some was typed', () => {
    const body = toBeneficiaryForm(
      child({ birthDate: '1990-05-01', consent: { givenBy: 'x', givenOn: '2026-03-01', method: 'WRITTEN', noticeVersion: '1' } }),
      TODAY,
    )
    expect(body.consent).toBeNull()
  })

  it('keeps the stored phone when editing without typing one, clears it on create', () => {
    expect(toBeneficiaryForm(child(), TODAY, true).guardianPhone).toBeNull()
    expect(toBeneficiaryForm(child(), TODAY).guardianPhone).toBe('')
    expect(toBeneficiaryForm(child({ guardianPhone: ' 13812345678 ' }), TODAY, true).guardianPhone).toBe('13812345678')
  })
})
