import { ElMessage } from 'element-plus'
import { i18n } from '@/lib/i18n'
import { errorsByPath } from './field-path'
import { ApiError } from './problem'
import { describeProblem, reportError } from './report-error'

export type NestedSaveFailure =
  | { kind: 'stale' }
  | { kind: 'fields'; errors: Record<string, string>; title: string }
  | { kind: 'reported' }

/**
 * A failed save of a form with lists inside (a score sheet's criteria, an evaluation's scores):
 * as handleSaveError, but the validation errors come back by their full path
 * (`criteria[0].items[1].code`), for the form to show at the right row.
 */
export function handleNestedSaveError(error: unknown): NestedSaveFailure {
  if (error instanceof ApiError && error.status === 412) {
    ElMessage.warning(i18n.global.t('errors.conflict'))
    return { kind: 'stale' }
  }
  if (error instanceof ApiError && error.status === 400 && error.problem.errors?.length) {
    return { kind: 'fields', errors: errorsByPath(error.problem.errors), title: describeProblem(error.problem) }
  }
  reportError(error)
  return { kind: 'reported' }
}

/** Shows in one message the errors that no field of the form shows. */
export function reportUnplaced(failure: { errors: Record<string, string>; title: string }, placed: (path: string) => boolean): void {
  const rest = Object.entries(failure.errors).filter(([path]) => !placed(path))
  if (!rest.length) return
  ElMessage.error([failure.title, rest.map(([path, message]) => `${path}: ${message}`).join('; ')].filter(Boolean).join(' — '))
}
