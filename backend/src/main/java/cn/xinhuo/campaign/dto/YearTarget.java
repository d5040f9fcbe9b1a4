package cn.xinhuo.campaign.dto;

import cn.xinhuo.organization.OrganizationType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearTarget", description = "How many organizations of a type the plan means to enrol in a year.")
public record YearTarget(@NotNull @Schema(example = "2016") Integer year, @NotNull OrganizationType organizationType,
                         @NotNull @Min(0) @Max(1_000_000) @Schema(example = "8") Integer target) {
}
