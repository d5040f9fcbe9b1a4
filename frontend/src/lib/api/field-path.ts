/**
 * The errors of a problem by the path of their field inside a nested form, in the JSON spelling the
 * server writes (`criteria[0].items[1].code`); several messages for one path are joined.
 */
export function errorsByPath(errors: readonly { field: string; message: string }[] | undefined): Record<string, string> {
  const byPath: Record<string, string> = {}
  for (const error of errors ?? []) {
    byPath[error.field] = byPath[error.field] ? `${byPath[error.field]}; ${error.message}` : error.message
  }
  return byPath
}
