package cn.xinhuo.assessment.dto;

import cn.xinhuo.assessment.TemplateKind;
import cn.xinhuo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "AssessmentTemplate", description = "A score sheet version. inUse: evaluations were made with it, so a change "
        + "makes a new version (versionNo + 1) and this one stays as it was; current: the version new evaluations use.")
public record TemplateView(long id, long familyId, int versionNo, boolean current, boolean inUse, long organizationId,
                           String organizationName, TemplateKind kind, String name, List<Criterion> criteria,
                           BigDecimal maxTotal, BigDecimal passTotal, @Schema(nullable = true) BigDecimal passPerCriterion,
                           long version) implements Versioned {
}
