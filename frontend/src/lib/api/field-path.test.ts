import { describe, expect, it } from 'vitest'
import { errorsByPath, normalizeFieldPath } from './field-path'

describe('the path of a validation error', () => {
  it('keeps the paths the server writes in the JSON spelling', () => {
    expect(normalizeFieldPath('criteria[0].items[1].code')).toBe('criteria[0].items[1].code')
    expect(normalizeFieldPath('criteria[2].items')).toBe('criteria[2].items')
    expect(normalizeFieldPath('scores[3].score')).toBe('scores[3].score')
    expect(normalizeFieldPath('passTotal')).toBe('passTotal')
  })

  it('moves the late indices of bean validation back to their list', () => {
    expect(normalizeFieldPath('criteria.items[0].code[1]')).toBe('criteria[0].items[1].code')
    expect(normalizeFieldPath('criteria.title[2]')).toBe('criteria[2].title')
    expect(normalizeFieldPath('criteria.items[0]')).toBe('criteria[0].items')
    expect(normalizeFieldPath('scores.score[4]')).toBe('scores[4].score')
  })

  it('gathers the messages by path, joining two for one field', () => {
    expect(
      errorsByPath([
        { field: 'scores.score[1]', message: '必须大于或等于0' },
        { field: 'scores[1].score', message: '得分超过了该项目的分值。' },
        { field: 'comment', message: '太长' },
      ]),
    ).toEqual({ 'scores[1].score': '必须大于或等于0; 得分超过了该项目的分值。', comment: '太长' })
    expect(errorsByPath(undefined)).toEqual({})
  })
})
