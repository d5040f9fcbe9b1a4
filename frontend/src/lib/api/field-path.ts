/**
 * The path of a validation error inside a nested form, in one spelling: `criteria[0].items[1].code`.
 *
 * The server writes the errors of its own rules that way, but the errors of bean validation on
 * list elements come with each index one step late, on the name after the list:
 * `criteria.items[0].code[1]` means `criteria[0].items[1].code`, `scores.score[2]` means
 * `scores[2].score`. Such a path starts with a list's name without an index; the JSON spelling of
 * a path into a list always has the index right after the list's name. The late indices are moved
 * back one step; any other path is returned as it came.
 */
export function normalizeFieldPath(field: string): string {
  const segments = field.split('.').map((segment) => {
    const m = /^(.*?)\[(\d+)\]$/.exec(segment)
    return m ? { name: m[1]!, index: Number(m[2]) } : { name: segment, index: undefined as number | undefined }
  })
  const late = segments.length > 1 && segments[0]!.index === undefined && segments.some((s) => s.index !== undefined)
  if (!late) return field
  return segments
    .map((segment, i) => {
      const index = segments[i + 1]?.index
      return index === undefined ? segment.name : `${segment.name}[${index}]`
    })
    .join('.')
}

/** The errors of a problem by their normalized path; several messages for one path are joined. */
export function errorsByPath(errors: readonly { field: string; message: string }[] | undefined): Record<string, string> {
  const byPath: Record<string, string> = {}
  for (const error of errors ?? []) {
    const path = normalizeFieldPath(error.field)
    byPath[path] = byPath[path] ? `${byPath[path]}; ${error.message}` : error.message
  }
  return byPath
}
