import { api } from '@/lib/api/client'
import { call } from '@/lib/api/problem'
import type { Evidence } from './types'

/** Keeps a photo or scan with a DRAFT (the raw file as the body, its type as the Content-Type). */
export function addEvidence(evaluationId: number, file: File): Promise<Evidence> {
  return call(
    api.POST('/api/v1/evaluations/{id}/evidence', {
      params: { path: { id: evaluationId }, query: { fileName: file.name } },
      // the contract's body is binary; openapi-fetch would JSON-encode it without this
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': file.type },
    }),
  ) as Promise<Evidence>
}

export function removeEvidence(evaluationId: number, evidenceId: number): Promise<unknown> {
  return call(api.DELETE('/api/v1/evaluations/{id}/evidence/{evidenceId}', { params: { path: { id: evaluationId, evidenceId } } }))
}

export function evidenceContent(evaluationId: number, evidenceId: number): Promise<Blob> {
  return call(
    api.GET('/api/v1/evaluations/{id}/evidence/{evidenceId}', { params: { path: { id: evaluationId, evidenceId } }, parseAs: 'blob' }),
  ) as Promise<Blob>
}
