import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError, call, toFieldErrors, toProblem } from './problem'

const FORM_FIELDS = ['name', 'type', 'regionCode', 'parentId'] as const

describe('toFieldErrors', () => {
  it('puts each message on the form field named by the JSON property', () => {
    const problem = toProblem(400, {
      title: 'Bad Request',
      status: 400,
      errors: [
        { field: 'name', message: '名称不能为空' },
        { field: 'regionCode', message: '须为 6–12 位数字' },
      ],
    })
    expect(toFieldErrors(problem, FORM_FIELDS)).toEqual({
      fields: { name: '名称不能为空', regionCode: '须为 6–12 位数字' },
      others: [],
    })
  })

  it('joins several messages for one field', () => {
    const problem = toProblem(400, {
      status: 400,
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'name', message: 'size must be between 1 and 200' },
      ],
    })
    expect(toFieldErrors(problem, FORM_FIELDS).fields.name).toBe('must not be blank; size must be between 1 and 200')
  })

  it('matches a dotted path by its last segment', () => {
    const problem = toProblem(400, { status: 400, errors: [{ field: 'create.body.parentId', message: 'bad parent' }] })
    expect(toFieldErrors(problem, FORM_FIELDS).fields).toEqual({ parentId: 'bad parent' })
  })

  it('returns errors for fields the form does not have as others', () => {
    const problem = toProblem(400, { status: 400, errors: [{ field: 'colour', message: 'unknown property' }] })
    expect(toFieldErrors(problem, FORM_FIELDS)).toEqual({
      fields: {},
      others: [{ field: 'colour', message: 'unknown property' }],
    })
  })

  it('gives nothing for a problem without errors', () => {
    expect(toFieldErrors(toProblem(409, { status: 409, title: 'Conflict' }), FORM_FIELDS)).toEqual({
      fields: {},
      others: [],
    })
  })
})

describe('toProblem', () => {
  it('keeps the HTTP status for a body that is not problem JSON', () => {
    expect(toProblem(502, '<html>Bad Gateway</html>')).toEqual({ status: 502 })
  })

  it('drops malformed field errors', () => {
    const problem = toProblem(400, { status: 400, errors: [{ field: 'name' }, 'oops', { field: 'type', message: 'x' }] })
    expect(problem.errors).toEqual([{ field: 'type', message: 'x' }])
  })

  it('keeps the path of the record a duplicate collides with', () => {
    const problem = toProblem(409, { status: 409, type: 'urn:xinhuo:problem:conflict', existing: '/api/v1/volunteers/42' })
    expect(problem.existing).toBe('/api/v1/volunteers/42')
  })
})

describe('call', () => {
  it('returns the body of a successful answer', async () => {
    const result = call(Promise.resolve({ data: { id: 1 }, response: new Response(null, { status: 200 }) }))
    await expect(result).resolves.toEqual({ id: 1 })
  })

  it('throws ApiError carrying the problem', async () => {
    const error = await call(
      Promise.resolve({
        error: { status: 412, title: 'Precondition Failed' },
        response: new Response(null, { status: 412 }),
      }),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(412)
    expect((error as ApiError).problem.title).toBe('Precondition Failed')
  })

  it('throws NetworkError when fetch itself fails', async () => {
    await expect(call(Promise.reject(new TypeError('fetch failed')))).rejects.toBeInstanceOf(NetworkError)
  })
})
