import { ElMessage } from 'element-plus'
import { i18n } from '@/lib/i18n'
import { ApiError, PROBLEM_TYPES, toFieldErrors, type Problem } from './problem'

/**
 * A refused token, a pending password change or a second factor to enrol was already answered by the session (auth
 * middleware): the user is on the way to the login or password page, a message would only repeat it.
 */
export function isSessionProblem(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 401 ||
      error.problem.type === PROBLEM_TYPES.passwordChangeRequired ||
      error.problem.type === PROBLEM_TYPES.totpEnrolmentRequired)
  )
}

/** Shows a failed request as a message: the problem's title and detail, or a generic text. */
export function reportError(error: unknown): void {
  const { t } = i18n.global
  if (isSessionProblem(error)) return
  if (error instanceof ApiError) {
    ElMessage.error(describeProblem(error.problem) || t('errors.unknown', { status: error.status }))
  } else {
    ElMessage.error(t('errors.network'))
    if (!(error instanceof Error && error.name === 'NetworkError')) console.error(error)
  }
}

export function describeProblem(problem: Problem): string {
  return [problem.title, problem.detail].filter(Boolean).join('：')
}

export type SaveFailure<F extends string> =
  | { kind: 'stale' }
  | { kind: 'fields'; fields: Partial<Record<F, string>> }
  | { kind: 'reported' }

/**
 * The common handling of a failed save in a form: 412 (someone else saved first) shows the
 * conflict message and tells the caller to reload; validation errors go to the form's fields;
 * everything else, including validation errors for fields the form lacks, becomes a message.
 */
export function handleSaveError<F extends string>(error: unknown, formFields: readonly F[]): SaveFailure<F> {
  if (error instanceof ApiError && error.status === 412) {
    ElMessage.warning(i18n.global.t('errors.conflict'))
    return { kind: 'stale' }
  }
  if (error instanceof ApiError && error.problem.errors?.length) {
    const { fields, others } = toFieldErrors(error.problem, formFields)
    if (others.length || Object.keys(fields).length === 0) {
      const extra = others.map((e) => `${e.field}: ${e.message}`).join('; ')
      ElMessage.error([describeProblem(error.problem), extra].filter(Boolean).join(' — '))
    }
    return { kind: 'fields', fields }
  }
  reportError(error)
  return { kind: 'reported' }
}
