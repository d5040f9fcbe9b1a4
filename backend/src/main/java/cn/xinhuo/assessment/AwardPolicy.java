package cn.xinhuo.assessment;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;

import java.util.EnumSet;
import java.util.List;

/**
 * The 五好 title: awarded on a passing confirmed 五好 evaluation to an organization without it; a
 * holder failing a confirmed spot check or recheck is warned (滑坡); a warned holder failing again
 * loses the title (摘牌), with a reason. Every step rests on its own evaluation.
 */
public final class AwardPolicy {

    /** Where an organization stands: holding the title, and warned since it was awarded. */
    public record Standing(boolean holding, boolean warned) {

        public static Standing of(List<AwardKind> history) {
            boolean holding = false;
            boolean warned = false;
            for (AwardKind k : history) {
                switch (k) {
                    case AWARDED -> {
                        holding = true;
                        warned = false;
                    }
                    case WARNED -> warned = true;
                    case REVOKED -> {
                        holding = false;
                        warned = false;
                    }
                }
            }
            return new Standing(holding, warned);
        }
    }

    private static final EnumSet<EvaluationKind> CHECKS = EnumSet.of(EvaluationKind.SPOT_CHECK, EvaluationKind.RECHECK);

    private AwardPolicy() {
    }

    public static void check(AwardKind kind, Standing standing, Evaluation evaluation, TemplateKind templateKind, String reason) {
        if (evaluation.status != EvaluationStatus.CONFIRMED || templateKind != TemplateKind.FIVE_GOOD) {
            throw conflict("evaluationId", "award.evaluation-not-confirmed");
        }
        switch (kind) {
            case AWARDED -> {
                if (standing.holding()) {
                    throw conflict("kind", "award.already-holding");
                }
                if (!evaluation.passed) {
                    throw conflict("evaluationId", "award.evaluation-not-passed");
                }
            }
            case WARNED, REVOKED -> {
                if (!standing.holding()) {
                    throw conflict("kind", "award.not-holding");
                }
                if (evaluation.passed || !CHECKS.contains(evaluation.kind)) {
                    throw conflict("evaluationId", "award.evaluation-not-failed-check");
                }
                if (kind == AwardKind.REVOKED && !standing.warned()) {
                    throw conflict("kind", "award.not-warned");
                }
                if (kind == AwardKind.REVOKED && (reason == null || reason.isBlank())) {
                    throw ProblemException.badField("reason", "award.reason-required");
                }
            }
        }
    }

    private static ProblemException conflict(String field, String key) {
        return new ProblemException(ProblemType.CONFLICT, List.of(new FieldError(field, "{" + key + "}")), key);
    }
}
