package cn.xinhuo.campaign.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CampaignForm", description = "A three-year plan of the 五好 campaign and its yearly targets by organization type.")
public record CampaignForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(example = "1") Long organizationId,
        @NotBlank @Size(max = 100) @Schema(example = "第二个三年规划（2014—2016）") String name,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2014") Integer startYear,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2016") Integer endYear,
        @NotNull @Size(max = 100) List<@Valid @NotNull YearTarget> targets) {
}
