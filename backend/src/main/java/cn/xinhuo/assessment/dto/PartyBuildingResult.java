package cn.xinhuo.assessment.dto;

import cn.xinhuo.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "PartyBuildingResult", description = "A village (community) party branch's 党建带关工 results of a year: the "
        + "confirmed half-year and year-end assessments, and whether the branch may be rated an advanced party branch (先进党支部).")
public record PartyBuildingResult(long organizationId, String organizationName, OrganizationType organizationType,
                                  @Schema(nullable = true) String townshipName,
                                  @Schema(nullable = true, description = "The group leader(s) (组长) — the branch secretary, whose pay the result decides.")
                                  String secretary,
                                  @Schema(nullable = true) Assessed halfYear,
                                  @Schema(nullable = true) Assessed yearEnd,
                                  @Schema(nullable = true, description = "false when the year-end result failed; absent until it is confirmed.")
                                  Boolean eligibleForAdvanced) {

    @Schema(name = "PartyBuildingAssessed")
    public record Assessed(long evaluationId, LocalDate evaluatedOn, BigDecimal total, boolean passed) {
    }
}
