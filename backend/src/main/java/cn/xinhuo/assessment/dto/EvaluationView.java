package cn.xinhuo.assessment.dto;

import cn.xinhuo.assessment.EvaluationKind;
import cn.xinhuo.assessment.EvaluationStatus;
import cn.xinhuo.assessment.TemplateKind;
import cn.xinhuo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Evaluation", description = "An evaluation with its computed totals per criterion and pass or fail under the "
        + "pass rules of its template version.")
public record EvaluationView(long id, long organizationId, String organizationName, long templateId, String templateName,
                             TemplateKind templateKind, int templateVersionNo, EvaluationKind kind, LocalDate evaluatedOn,
                             @Schema(nullable = true) String evaluators, List<ItemScore> scores,
                             @Schema(nullable = true) String comment, List<CriterionTotal> criterionTotals,
                             BigDecimal total, boolean passed, EvaluationStatus status,
                             List<EvidenceView> evidence, ScoredSheet sheet, long version) implements Versioned {

    /** The sheet version as scored, so the scoring form needs nothing else (a sheet from above the caller's subtree included). */
    @Schema(name = "ScoredSheet")
    public record ScoredSheet(List<Criterion> criteria, BigDecimal maxTotal, BigDecimal passTotal,
                              @Schema(nullable = true) BigDecimal passPerCriterion,
                              @Schema(description = "false once the sheet has a newer version (a draft goes on being scored on this one).")
                              boolean current,
                              @Schema(description = "The sheet's own page opens for the caller (it is of the caller's subtree).")
                              boolean inScope) {
    }

    @Schema(name = "CriterionTotal")
    public record CriterionTotal(String title, BigDecimal points, BigDecimal maxPoints, boolean passed) {
    }
}
