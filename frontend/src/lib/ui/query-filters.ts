import { reactive, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'

/**
 * A list's filters kept in the address (/volunteers?within=13&residence=RURAL): the address is the
 * view, so a link (a dashboard figure) opens the list filtered, a reload shows the same and Back
 * leaves the list rather than undoing a filter.
 */

/** How one filter is read from the address and written back. */
export interface QueryParam<T> {
  /** The filter's value in a query string; undefined when the string is not one (the default stands). */
  parse(raw: string): T | undefined
  /** As written in the address; String(value) when not given. */
  format?(value: T): string
}

/** The filters that live in the address, each with its parser; the others stay on the page only. */
export type QueryParams<F> = { [K in keyof F]?: QueryParam<NonNullable<F[K]>> }

const WHOLE = /^\d+$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A whole number from min to max. */
function integer(min: number, max: number): QueryParam<number> {
  return {
    parse(raw) {
      if (!WHOLE.test(raw)) return undefined
      const n = Number(raw)
      return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined
    },
  }
}

/** The parsers of the values filters take. */
export const queryParams = {
  /** A record's id (an organization, a team): a positive whole number. */
  id: integer(1, Number.MAX_SAFE_INTEGER),
  integer,
  /** One value of an enum (RURAL, URBAN). */
  oneOf<T extends string>(values: readonly T[]): QueryParam<T> {
    return { parse: (raw) => values.find((v) => v === raw) }
  },
  /**
   * A calendar day 'YYYY-MM-DD' that exists. An empty value is kept: it is an open end the user
   * chose where the page's default has a day (?from= clears a default first day).
   */
  day: {
    parse(raw) {
      if (raw === '') return ''
      const m = DAY.exec(raw)
      if (!m) return undefined
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
      return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
        ? raw
        : undefined
    },
  } as QueryParam<string>,
  /** Words searched for, trimmed; blank is no filter. */
  text: { parse: (raw) => raw.trim() || undefined, format: (value) => value.trim() } as QueryParam<string>,
  boolean: { parse: (raw) => (raw === 'true' ? true : raw === 'false' ? false : undefined) } as QueryParam<boolean>,
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value))

/** The first value of a query key (?a=1&a=2 gives 1); undefined when absent. */
function first(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value.find((x) => x !== null) : value
  return v ?? undefined
}

/** The filters the address gives: each one read with its parser, the default where absent or not valid. */
export function readQuery<F extends object>(query: LocationQuery, defaults: F, params: QueryParams<F>): F {
  const filters = { ...defaults }
  for (const key of Object.keys(params) as (keyof F & string)[]) {
    const raw = first(query[key])
    const value = raw === undefined ? undefined : params[key]?.parse(raw)
    if (value !== undefined) filters[key] = value as F[keyof F & string]
  }
  return filters
}

/**
 * The address of the filters: the query's other keys (?teamId=, ?tab=) as they are, each filter
 * formatted, empty ones and those at their default left out. An emptied filter whose default is
 * not empty is written empty (?from=) when its parser takes that.
 */
export function writeQuery<F extends object>(query: LocationQuery, filters: F, defaults: F, params: QueryParams<F>): LocationQuery {
  const written: LocationQuery = {}
  for (const [key, value] of Object.entries(query)) if (!(key in params)) written[key] = value
  for (const key of Object.keys(params) as (keyof F & string)[]) {
    const param = params[key] as QueryParam<unknown>
    const text = (value: unknown) => (isEmpty(value) ? '' : (param.format?.(value) ?? String(value)))
    const value = text(filters[key])
    if (value === text(defaults[key])) continue
    if (value !== '' || param.parse('') !== undefined) written[key] = value
  }
  return written
}

function sameFilters<F extends object>(a: F, b: F, params: QueryParams<F>): boolean {
  return (Object.keys(params) as (keyof F)[]).every((key) => (isEmpty(a[key]) && isEmpty(b[key])) || a[key] === b[key])
}

/**
 * A list page's filters bound to its address. `filters` follows the address (a link, Back, a
 * reload); `apply` shows new filters at once and writes them to the address with router.replace.
 * Values not valid in the address fall back to the defaults.
 */
export function useQueryFilters<F extends object>(
  defaults: F,
  params: QueryParams<F>,
): { filters: Readonly<Ref<F>>; apply: (next: F) => void } {
  const route = useRoute()
  const router = useRouter()
  const path = route.path
  const filters = shallowRef(readQuery(route.query, defaults, params)) as ShallowRef<F>

  watch(
    () => route.query,
    (query) => {
      if (route.path !== path) return // leaving the page
      const now = readQuery(query, defaults, params)
      if (!sameFilters(now, filters.value, params)) filters.value = now
    },
  )

  function apply(next: F): void {
    const query = writeQuery(route.query, next, defaults, params)
    // A new object even when nothing changed: searching again reloads the list.
    filters.value = readQuery(query, defaults, params)
    void router.replace({ query })
  }

  return { filters, apply }
}

/** A search bar's filters being edited: a copy of the applied ones, set again whenever those change. */
export function useFilterDraft<F extends object>(applied: () => F): F {
  const draft = reactive({ ...applied() }) as F
  watch(applied, (now) => Object.assign(draft, now))
  return draft
}
