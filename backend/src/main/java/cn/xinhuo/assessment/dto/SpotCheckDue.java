package cn.xinhuo.assessment.dto;

import cn.xinhuo.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "SpotCheckDue", description = "A title holder's spot checks in a year: one is due in each half-year it holds the "
        + "title (two a year); a half-year that ended without one is overdue.")
public record SpotCheckDue(long organizationId, String organizationName, OrganizationType organizationType,
                           @Schema(nullable = true) LocalDate awardedOn,
                           @Schema(description = "Spot checks (submitted or confirmed) in the year.") long done,
                           boolean firstHalfDue, boolean firstHalfDone, boolean secondHalfDue, boolean secondHalfDone,
                           @Schema(nullable = true, description = "The end of the earliest half-year still without its spot check.")
                           LocalDate dueBy,
                           boolean overdue) {
}
