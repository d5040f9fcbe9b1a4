import { resolveBaseUrl } from '@/lib/api/client'
import { ApiError, NetworkError, parseRetryAfter, PROBLEM_TYPES, toProblem } from '@/lib/api/problem'
import { runtimeConfig } from '@/lib/config/runtime-config'
import { currentLocale } from '@/lib/i18n'
import { sessionNavigation } from '@/lib/session/session-navigation'
import { useSessionStore } from '@/lib/session/session-store'
import type { ImportOptions, VolunteerImport } from './types'

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface UploadProgress {
  loaded: number
  total: number
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined // a proxy's HTML error page: the status is all there is
  }
}

/**
 * Uploads a roster (the raw .xlsx as the body) and answers the started import (202).
 *
 * XMLHttpRequest rather than the API client: fetch reports no upload progress, and a roster may be
 * up to 10 MB over a township's connection. So this call does itself what the client's middleware
 * does for the others: the session's bearer token and the language go along, a 401 for the current
 * token ends the session (to the login page), a pending password change leads to the password page.
 * Failures are thrown as ApiError / NetworkError, as `call` throws them.
 */
export function startImport(
  file: Blob,
  fileName: string,
  options: ImportOptions,
  onProgress?: (progress: UploadProgress) => void,
): Promise<VolunteerImport> {
  const session = useSessionStore()
  const token = session.token
  const query = new URLSearchParams({
    validRowsOnly: String(options.validRowsOnly),
    confirmPossibleDuplicates: String(options.confirmPossibleDuplicates),
    fileName,
  })
  const url = `${resolveBaseUrl(runtimeConfig.apiBaseUrl, window.location.href)}/api/v1/volunteer-imports?${query}`

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('Content-Type', XLSX_MEDIA_TYPE)
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.setRequestHeader('Accept-Language', currentLocale())
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (event) =>
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size })
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')))
    xhr.ontimeout = xhr.onerror
    xhr.onload = () => {
      const body = parseJson(xhr.responseText)
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as VolunteerImport)
        return
      }
      const problem = toProblem(xhr.status, body)
      // Only the token this call was sent with is dead; a refresh meanwhile keeps the session.
      if (xhr.status === 401 && token !== null && session.token === token) {
        session.clear('expired')
        sessionNavigation.toLogin()
      } else if (xhr.status === 403 && problem.type === PROBLEM_TYPES.passwordChangeRequired) {
        session.requirePasswordChange()
        sessionNavigation.toPasswordChange()
      } else if (xhr.status === 403 && problem.type === PROBLEM_TYPES.totpEnrolmentRequired) {
        session.requireTotpEnrolment()
        sessionNavigation.toTotpEnrolment()
      }
      reject(new ApiError(problem, parseRetryAfter(xhr.getResponseHeader('Retry-After'))))
    }
    xhr.send(file)
  })
}
