package cn.xinhuo.leadership.dto;

import cn.xinhuo.leadership.LeaderRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AppointmentForm", description = "A seat on an organization's leadership team; an end date and reason record a change.")
public record AppointmentForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(example = "2") Long organizationId,
        @NotBlank @Size(max = 50) @Schema(example = "李建国") String personName,
        @Schema(nullable = true, description = "The volunteer, when the leader is a 五老.") Long volunteerId,
        @NotNull LeaderRole role,
        @NotNull @Schema(example = "2016-03-01") LocalDate startedOn,
        @Schema(nullable = true) LocalDate endedOn,
        @Size(max = 500) @Schema(nullable = true, example = "换届调整") String changeReason) {
}
