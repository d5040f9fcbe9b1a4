/** If-Match value for a row's version; the server sends ETag: "<version>" and answers 412 when it moved on. */
export function ifMatch(version: number): string {
  return `"${version}"`
}
