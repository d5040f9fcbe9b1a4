import { onScopeDispose, ref } from 'vue'
import { ApiError, NetworkError } from '@/lib/api/problem'
import { reportError } from '@/lib/api/report-error'
import { i18n } from '@/lib/i18n'
import { getImport } from '../api/get-import'
import { startImport } from '../api/start-import'
import type { ImportOptions, VolunteerImport } from '../api/types'
import { fileMessages, isFinished, percent, POLL_INTERVAL_MS } from '../data'

/** Where the wizard is: choosing a file, sending it, waiting for the server's check, showing the result. */
export type RunPhase = 'choose' | 'uploading' | 'checking' | 'done'

/** Polls that may fail in a row on a shaky connection before the wizard gives up following. */
const MAX_NETWORK_FAILURES = 20

/**
 * One import at a time, from the upload (with its progress) through polling the server every
 * 500 ms to the result. `onFinished` runs when an import ends or is no longer followed (the list of
 * recent imports reloads then). Timers stop with the component.
 */
export function useImportRun(onFinished: () => void) {
  const phase = ref<RunPhase>('choose')
  const fileName = ref('')
  const uploadPercent = ref(0)
  const current = ref<VolunteerImport | null>(null)
  /** The server's (or the size check's) verdict on the file, shown beside it in step 1. */
  const fileError = ref<string>()

  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0 // an answer for an abandoned run (reset, another import opened) is dropped
  let networkFailures = 0

  function stopPolling(): void {
    clearTimeout(timer)
    timer = undefined
  }

  function follow(imp: VolunteerImport, run: number): void {
    if (run !== generation) return
    current.value = imp
    if (isFinished(imp)) {
      phase.value = 'done'
      onFinished()
    } else {
      phase.value = 'checking'
      timer = setTimeout(() => void poll(run), POLL_INTERVAL_MS)
    }
  }

  async function poll(run: number): Promise<void> {
    const id = current.value?.id
    if (id === undefined || run !== generation) return
    try {
      const next = await getImport(id)
      networkFailures = 0
      follow(next, run)
    } catch (error) {
      if (run !== generation) return
      if (error instanceof NetworkError && ++networkFailures < MAX_NETWORK_FAILURES) {
        timer = setTimeout(() => void poll(run), POLL_INTERVAL_MS * 2)
        return
      }
      // The import runs on at the server; the list of recent imports shows how it ends.
      reportError(error)
      reset()
      onFinished()
    }
  }

  async function start(file: File, options: ImportOptions): Promise<void> {
    stopPolling()
    const run = ++generation
    networkFailures = 0
    fileError.value = undefined
    fileName.value = file.name
    uploadPercent.value = 0
    current.value = null
    phase.value = 'uploading'
    try {
      const started = await startImport(file, file.name, options, (p) => {
        if (run === generation) uploadPercent.value = percent(p.loaded, p.total)
      })
      if (run !== generation) return
      uploadPercent.value = 100
      follow(started, run)
    } catch (error) {
      if (run !== generation) return
      phase.value = 'choose'
      if (error instanceof ApiError && error.status === 400 && fileMessages(error.problem)) {
        fileError.value = fileMessages(error.problem)
      } else if (error instanceof ApiError && error.status === 413) {
        fileError.value = i18n.global.t('volunteerImport.choose.refusals.tooLarge')
      } else {
        reportError(error)
      }
    }
  }

  /** Shows an earlier import (from the list): its result, or its progress while it still runs. */
  async function open(id: number): Promise<void> {
    stopPolling()
    const run = ++generation
    networkFailures = 0
    try {
      const imp = await getImport(id)
      fileName.value = imp.fileName ?? ''
      uploadPercent.value = 100
      follow(imp, run)
    } catch (error) {
      reportError(error)
    }
  }

  /** Back to step 1 ("fix the file and upload again"); a running import is no longer followed. */
  function reset(): void {
    stopPolling()
    generation++
    phase.value = 'choose'
    current.value = null
    uploadPercent.value = 0
    fileError.value = undefined
  }

  onScopeDispose(() => {
    stopPolling()
    generation++
  })

  return { phase, fileName, uploadPercent, current, fileError, start, open, reset }
}
