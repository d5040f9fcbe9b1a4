package cn.xinhuo.assessment.dto;

import cn.xinhuo.assessment.AwardKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AwardForm", description = "Award, warn or revoke, resting on a confirmed evaluation of the organization.")
public record AwardForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(example = "14") Long organizationId,
        @NotNull AwardKind kind,
        @NotNull @PastOrPresent @Schema(example = "2016-06-28") LocalDate occurredOn,
        @NotBlank @Size(max = 100) @Schema(example = "五大连池市关工委") String decidedBy,
        @NotNull Long evaluationId,
        @Size(max = 500) @Schema(nullable = true, description = "Required to revoke.") String reason) {
}
