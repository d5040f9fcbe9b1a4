import { describe, expect, it } from 'vitest'
import { EVIDENCE_MAX_BYTES, evidenceProblem, fileSize } from './evidence'

describe('evidence of an on-site check', () => {
  it('takes photos and PDF scans up to 5 MB, twenty at most', () => {
    expect(evidenceProblem({ type: 'image/jpeg', size: 300_000 }, 0)).toBeUndefined()
    expect(evidenceProblem({ type: 'application/pdf', size: EVIDENCE_MAX_BYTES }, 19)).toBeUndefined()
    expect(evidenceProblem({ type: 'image/heic', size: 300_000 }, 0)).toBe('type')
    expect(evidenceProblem({ type: 'image/png', size: EVIDENCE_MAX_BYTES + 1 }, 0)).toBe('size')
    expect(evidenceProblem({ type: 'image/png', size: 0 }, 0)).toBe('size')
    expect(evidenceProblem({ type: 'image/png', size: 10 }, 20)).toBe('count')
  })

  it('writes sizes as people read them', () => {
    expect(fileSize(340 * 1024)).toBe('340 KB')
    expect(fileSize(200)).toBe('1 KB')
    expect(fileSize(1.25 * 1024 * 1024)).toBe('1.3 MB')
  })
})
