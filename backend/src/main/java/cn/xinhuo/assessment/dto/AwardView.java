package cn.xinhuo.assessment.dto;

import cn.xinhuo.assessment.AwardKind;
import cn.xinhuo.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "Award", description = "A step of an organization's 五好 title with the evaluation behind it.")
public record AwardView(long id, long organizationId, String organizationName, OrganizationType organizationType, AwardKind kind,
                        LocalDate occurredOn, String decidedBy, long evaluationId, String evaluationKind, LocalDate evaluatedOn,
                        BigDecimal evaluationTotal, boolean evaluationPassed, @Schema(nullable = true) String reason) {
}
