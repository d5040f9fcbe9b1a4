package cn.xinhuo.team.dto;

import cn.xinhuo.team.TeamType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TeamForm")
public record TeamForm(
        @NotNull(message = "{xinhuo.organization.required}") Long organizationId,
        @NotNull TeamType type,
        @NotBlank @Size(max = 100) @Schema(example = "兴安乡五老关爱团") String name,
        @Schema(nullable = true, description = "A 五老 of the team's subtree.") Long leaderId,
        @PastOrPresent @Schema(nullable = true) LocalDate establishedOn) {
}
