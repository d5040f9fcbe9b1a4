package cn.xinhuo.campaign.dto;

import cn.xinhuo.campaign.EnrolmentStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "EnrolmentChange", description = "Another year for a planned organization, or the day it enrolled.")
public record EnrolmentChange(
        @NotNull @Schema(example = "2016") Integer planYear,
        @NotNull EnrolmentStatus status,
        @PastOrPresent @Schema(nullable = true, example = "2016-03-01", description = "Required when ENROLLED, absent when PLANNED.")
        LocalDate enrolledOn,
        @Size(max = 500) @Schema(nullable = true) String note) {
}
