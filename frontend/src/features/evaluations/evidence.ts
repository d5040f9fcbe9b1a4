/** What the server keeps as evidence (EvidencePolicy): photos and PDF scans up to 5 MB, 20 per evaluation. */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024
export const EVIDENCE_MAX_FILES = 20

export type EvidenceProblem = 'type' | 'size' | 'count' | undefined

/** Why a chosen file would be refused, before it is sent over a village's connection; undefined when it is fine. */
export function evidenceProblem(file: Pick<File, 'type' | 'size'>, kept: number): EvidenceProblem {
  if (!(EVIDENCE_TYPES as readonly string[]).includes(file.type)) return 'type'
  if (file.size > EVIDENCE_MAX_BYTES || file.size === 0) return 'size'
  if (kept >= EVIDENCE_MAX_FILES) return 'count'
  return undefined
}

/** 1.2 MB, 340 KB. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}
