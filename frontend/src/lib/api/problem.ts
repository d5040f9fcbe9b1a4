/** RFC 9457 problem details, the backend's one error shape. */
export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  instance?: string
  errors?: FieldError[]
  /** For a duplicate (409), the path of the record it collides with, e.g. /api/v1/volunteers/42. */
  existing?: string
}

/** The problem types the SPA reacts to by type rather than by status alone. */
export const PROBLEM_TYPES = {
  unauthorized: 'urn:xinhuo:problem:unauthorized',
  forbidden: 'urn:xinhuo:problem:forbidden',
  passwordChangeRequired: 'urn:xinhuo:problem:password-change-required',
  totpEnrolmentRequired: 'urn:xinhuo:problem:totp-enrolment-required',
  /** The password was right; the account's second factor wants its code (动态验证码). */
  totpRequired: 'urn:xinhuo:problem:totp-required',
  tooManyRequests: 'urn:xinhuo:problem:too-many-requests',
} as const

/** A non-2xx answer from the API. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    /** From the Retry-After header of a 429 or 503, when the server sent one. */
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.title ?? `HTTP ${problem.status}`)
    this.name = 'ApiError'
  }

  get status(): number {
    return this.problem.status
  }
}

/** The request never got an answer (server down, proxy gone, offline). */
export class NetworkError extends Error {
  constructor(readonly cause: unknown) {
    super('network error')
    this.name = 'NetworkError'
  }
}

function isFieldError(value: unknown): value is FieldError {
  const v = value as Partial<FieldError> | null
  return typeof v === 'object' && v !== null && typeof v.field === 'string' && typeof v.message === 'string'
}

/** Makes a Problem from whatever came back; a proxy's HTML error page still yields the status. */
export function toProblem(status: number, body: unknown): Problem {
  if (typeof body !== 'object' || body === null) return { status }
  const b = body as Record<string, unknown>
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
  return {
    status: typeof b.status === 'number' ? b.status : status,
    type: str(b.type),
    title: str(b.title),
    detail: str(b.detail),
    instance: str(b.instance),
    errors: Array.isArray(b.errors) ? b.errors.filter(isFieldError) : undefined,
    existing: str(b.existing),
  }
}

/**
 * Splits a problem's validation errors into those a form can show beside its fields and the rest.
 * `field` is the JSON property name; a dotted path (e.g. "create.body.name") is matched by its last
 * segment, so a change in how the server names the path does not lose the message.
 * Several messages for one field are joined.
 */
export function toFieldErrors<F extends string>(
  problem: Problem,
  fields: readonly F[],
): { fields: Partial<Record<F, string>>; others: FieldError[] } {
  const byField: Partial<Record<F, string>> = {}
  const others: FieldError[] = []
  for (const error of problem.errors ?? []) {
    const name = error.field.split('.').pop() ?? error.field
    if ((fields as readonly string[]).includes(name)) {
      const key = name as F
      byField[key] = byField[key] ? `${byField[key]}; ${error.message}` : error.message
    } else {
      others.push(error)
    }
  }
  return { fields: byField, others }
}

/** Retry-After in seconds; the HTTP-date form is converted, anything else ignored. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response }

/** Awaits an openapi-fetch call and returns its body, or throws ApiError / NetworkError. */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>
  try {
    result = await request
  } catch (cause) {
    throw new NetworkError(cause)
  }
  const { data, error, response } = result
  if (!response.ok || error !== undefined) {
    throw new ApiError(toProblem(response.status, error), parseRetryAfter(response.headers.get('Retry-After')))
  }
  return data as T
}
