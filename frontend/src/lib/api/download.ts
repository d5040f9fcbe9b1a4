import { call } from './problem'

type BlobResult = { data?: unknown; error?: unknown; response: Response }

/** A file the API answered: its content and the name to save it under. */
export interface DownloadedFile {
  blob: Blob
  fileName: string
}

/**
 * The file name a Content-Disposition header suggests: the RFC 5987 `filename*` (UTF-8, percent-
 * encoded; Chinese names come this way) before the plain `filename`; undefined when neither is there.
 * Path parts are dropped, as a browser would.
 */
export function fileNameFromDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)
  if (extended) {
    const value = extended[1]!.trim().replace(/^"(.*)"$/, '$1')
    const match = /^([\w!#$%&+^`{}~.-]*)'[^']*'(.*)$/.exec(value)
    if (match) {
      try {
        const charset = match[1]!.toLowerCase()
        const text = charset === 'utf-8' || charset === '' ? decodeURIComponent(match[2]!) : decodeLatin1(match[2]!)
        const name = baseName(text)
        if (name) return name
      } catch {
        // a malformed escape: fall back to the plain name
      }
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]*)/i.exec(header)
  if (plain) {
    const name = baseName(plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]!.trim())
    if (name) return name
  }
  return undefined
}

/** ISO-8859-1, the other charset RFC 5987 names: each %XX is one character. */
function decodeLatin1(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

function baseName(name: string): string {
  return (name.split(/[/\\]/).pop() ?? '').trim()
}

/**
 * Awaits an openapi-fetch call made with `parseAs: 'blob'` (so with the session's token, like
 * every call) and answers the file with the name the server suggests, else `fallbackName`.
 * Failures throw ApiError / NetworkError as `call` does.
 */
export async function fetchFile(request: Promise<BlobResult>, fallbackName: string): Promise<DownloadedFile> {
  let response: Response | undefined
  const blob = (await call(
    request.then((result) => {
      response = result.response
      return result
    }),
  )) as Blob
  return { blob, fileName: fileNameFromDisposition(response?.headers.get('Content-Disposition')) ?? fallbackName }
}

/** Hands a file (downloaded, or made in the page) to the browser as a download. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  // After the click has started the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
