import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { queryParams, readQuery, useFilterDraft, useQueryFilters, writeQuery, type QueryParams } from './query-filters'

type Residence = 'RURAL' | 'URBAN'

interface Filters {
  q: string
  residence: Residence | undefined
  within: number | undefined
  honored: boolean | undefined
  from: string | null
  year: number
}

const DEFAULTS: Filters = { q: '', residence: undefined, within: undefined, honored: undefined, from: '', year: 2026 }
const PARAMS: QueryParams<Filters> = {
  q: queryParams.text,
  residence: queryParams.oneOf(['RURAL', 'URBAN'] as const),
  within: queryParams.id,
  honored: queryParams.boolean,
  from: queryParams.day,
  year: queryParams.integer(2011, 2026),
}

describe('filters read from the address', () => {
  it('take each value with its type', () => {
    expect(
      readQuery({ q: ' 李 ', residence: 'RURAL', within: '13', honored: 'false', from: '2016-01-01', year: '2016' }, DEFAULTS, PARAMS),
    ).toEqual({ q: '李', residence: 'RURAL', within: 13, honored: false, from: '2016-01-01', year: 2016 })
  })

  it('fall back to the defaults where absent or not valid, never throw', () => {
    expect(readQuery({}, DEFAULTS, PARAMS)).toEqual(DEFAULTS)
    expect(
      readQuery(
        { q: '   ', residence: 'rural', within: '0', honored: 'yes', from: '2016-02-30', year: '2010' },
        DEFAULTS,
        PARAMS,
      ),
    ).toEqual(DEFAULTS)
    expect(readQuery({ within: '-3', year: '2016.5', from: '2016-1-1' }, DEFAULTS, PARAMS)).toEqual(DEFAULTS)
    expect(readQuery({ within: '1e3', year: null, from: 'x' }, DEFAULTS, PARAMS)).toEqual(DEFAULTS)
    expect(readQuery({ within: '99999999999999999999' }, DEFAULTS, PARAMS).within).toBeUndefined()
  })

  it('take the first of repeated keys and ignore keys they do not know', () => {
    expect(readQuery({ within: [null, '7', '8'], teamId: '3' }, DEFAULTS, PARAMS)).toEqual({ ...DEFAULTS, within: 7 })
  })

  it('keep a day left open where the default has one (?from=)', () => {
    expect(readQuery({ from: '' }, { ...DEFAULTS, from: '2026-01-01' }, PARAMS).from).toBe('')
    expect(readQuery({}, { ...DEFAULTS, from: '2026-01-01' }, PARAMS).from).toBe('2026-01-01')
  })
})

describe('filters written to the address', () => {
  it('leave out empty values and those at their default', () => {
    expect(writeQuery({}, DEFAULTS, DEFAULTS, PARAMS)).toEqual({})
    expect(writeQuery({}, { ...DEFAULTS, q: '', residence: undefined, from: null, within: Number.NaN }, DEFAULTS, PARAMS)).toEqual({})
    expect(
      writeQuery({}, { q: '李', residence: 'RURAL', within: 13, honored: false, from: '2016-01-01', year: 2016 }, DEFAULTS, PARAMS),
    ).toEqual({ q: '李', residence: 'RURAL', within: '13', honored: 'false', from: '2016-01-01', year: '2016' })
  })

  it('keep the address’s other keys and drop a filter cleared', () => {
    expect(writeQuery({ teamId: '3', within: '13', residence: 'bad' }, { ...DEFAULTS, residence: 'URBAN' }, DEFAULTS, PARAMS)).toEqual({
      teamId: '3',
      residence: 'URBAN',
    })
  })

  it('write a day cleared against a default day as empty, and read it back so', () => {
    const defaults = { ...DEFAULTS, from: '2026-01-01' }
    const query = writeQuery({}, { ...defaults, from: null }, defaults, PARAMS)
    expect(query).toEqual({ from: '' })
    expect(readQuery(query, defaults, PARAMS).from).toBe('')
  })

  it('give back what they wrote', () => {
    const filters: Filters = { q: '张', residence: 'URBAN', within: 40, honored: true, from: '2016-06-30', year: 2015 }
    expect(readQuery(writeQuery({}, filters, DEFAULTS, PARAMS), DEFAULTS, PARAMS)).toEqual(filters)
  })
})

describe('a page’s filters bound to its address', () => {
  async function mountPage(path: string) {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/volunteers', component: { render: () => null } },
        { path: '/teams', component: { render: () => null } },
      ],
    })
    await router.push('/teams')
    await router.push(path)
    let bound!: ReturnType<typeof useQueryFilters<Filters>> & { draft: Filters }
    const Page = defineComponent({
      setup() {
        const found = useQueryFilters(DEFAULTS, PARAMS)
        bound = { ...found, draft: useFilterDraft(() => found.filters.value) }
        return () => h('div')
      },
    })
    mount(Page, { global: { plugins: [router] } })
    return { router, bound: () => bound }
  }

  it('opens on the address’s filters and writes new ones back in place', async () => {
    const { router, bound } = await mountPage('/volunteers?within=13&residence=RURAL&teamId=3')
    expect(bound().filters.value).toMatchObject({ within: 13, residence: 'RURAL' })
    expect(bound().draft).toMatchObject({ within: 13, residence: 'RURAL' })

    bound().apply({ ...bound().filters.value, residence: 'URBAN', q: ' 王 ' })
    expect(bound().filters.value).toMatchObject({ residence: 'URBAN', q: '王' })
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ within: '13', residence: 'URBAN', q: '王', teamId: '3' })
    // replaced, not pushed: Back leaves the list
    router.back()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/teams')
    expect(bound().filters.value).toMatchObject({ residence: 'URBAN' })
  })

  it('follows the address when it changes (a link, Back), not the next page’s', async () => {
    const { router, bound } = await mountPage('/volunteers?residence=RURAL')
    await router.push('/volunteers?residence=bad&within=5')
    await nextTick()
    expect(bound().filters.value).toEqual({ ...DEFAULTS, within: 5 })
    expect(bound().draft).toMatchObject({ residence: undefined, within: 5 })
    const shown = bound().filters.value
    await router.push('/teams?within=9')
    await nextTick()
    expect(bound().filters.value).toBe(shown)
  })

  it('searching again with the same filters reloads (a new object), the address unchanged', async () => {
    const { router, bound } = await mountPage('/volunteers?within=13')
    const before = bound().filters.value
    bound().apply({ ...before })
    expect(bound().filters.value).not.toBe(before)
    expect(bound().filters.value).toEqual(before)
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/volunteers?within=13')
  })
})
