package cn.xinhuo.organization.dto;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "OrganizationDissolution", description = "Dissolves an organization; it is kept for the records that refer to it.")
public record OrganizationDissolution(
        @PastOrPresent @Schema(nullable = true, description = "Defaults to today.") LocalDate dissolvedOn,
        @Size(max = 500) @Schema(nullable = true, example = "撤乡并镇，并入龙镇") String reason) {
}
