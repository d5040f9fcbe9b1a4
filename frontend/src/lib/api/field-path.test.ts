import { describe, expect, it } from 'vitest'
import { errorsByPath } from './field-path'

describe('the errors of a nested form', () => {
  it('gathers the messages by path, joining two for one field', () => {
    expect(
      errorsByPath([
        { field: 'scores[1].score', message: '必须大于或等于0' },
        { field: 'scores[1].score', message: '得分超过了该项目的分值。' },
        { field: 'criteria[0].items[1].code', message: '不能为空' },
        { field: 'comment', message: '太长' },
      ]),
    ).toEqual({
      'scores[1].score': '必须大于或等于0; 得分超过了该项目的分值。',
      'criteria[0].items[1].code': '不能为空',
      comment: '太长',
    })
    expect(errorsByPath(undefined)).toEqual({})
  })
})
