package cn.xinhuo.campaign.dto;

import cn.xinhuo.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CampaignProgress", description = "The plan against its targets, per year and organization type, and per type over the "
        + "whole plan. Counts are of the caller's subtree (or of `within`); targets are the plan's.")
public record CampaignProgress(long campaignId, List<Row> years, List<Row> totals) {

    @Schema(name = "CampaignProgressRow")
    public record Row(@Schema(nullable = true, description = "Absent in the totals.") Integer year,
                      OrganizationType organizationType,
                      @Schema(description = "New enrolments the plan means for the year (or the plan).") int target,
                      @Schema(description = "Agreed for the year, not yet enrolled.") long planned,
                      long enrolled,
                      @Schema(description = "Of the enrolled, holding the 五好 title today.") long awarded,
                      @Schema(nullable = true, description = "enrolled ÷ target in per cent, one decimal; absent without a target.")
                      java.math.BigDecimal targetReached) {
    }
}
