import { useI18n } from 'vue-i18n'
import type { Award, Evaluation } from '../api/types'

/** Display texts of the evaluation behind a step; a kind the SPA does not know shows its code. */
export function useAwardLabels() {
  const { t, te } = useI18n()
  const evaluationKind = (kind: string) => (te(`award.evaluationKinds.${kind}`) ? t(`award.evaluationKinds.${kind}`) : kind)
  /** 复查 2026-05-01 · 62 分 · 未达标 */
  const evaluationSummary = (e: Pick<Evaluation, 'evaluatedOn' | 'total' | 'passed'> & { kind: string }) =>
    [
      t('award.evaluation.summary', { kind: evaluationKind(e.kind), date: e.evaluatedOn, total: e.total }),
      t(e.passed ? 'award.evaluation.passed' : 'award.evaluation.failed'),
    ].join(' · ')
  /** What a step itself says of its evaluation: 复查 · 62 分. */
  const stepEvaluation = (a: Pick<Award, 'evaluationKind' | 'evaluationTotal'>) =>
    t('award.evaluation.short', { kind: evaluationKind(a.evaluationKind), total: a.evaluationTotal })
  /** The evaluation behind a step in full, from the step itself: 复查 2026-05-01 · 62 分 · 未达标. */
  const stepSummary = (a: Pick<Award, 'evaluationKind' | 'evaluatedOn' | 'evaluationTotal' | 'evaluationPassed'>) =>
    evaluationSummary({ kind: a.evaluationKind, evaluatedOn: a.evaluatedOn, total: a.evaluationTotal, passed: a.evaluationPassed })
  return { evaluationKind, evaluationSummary, stepEvaluation, stepSummary }
}
