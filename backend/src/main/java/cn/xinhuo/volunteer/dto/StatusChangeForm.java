package cn.xinhuo.volunteer.dto;

import cn.xinhuo.volunteer.VolunteerStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "StatusChangeForm")
public record StatusChangeForm(
        @NotNull VolunteerStatus status,
        @NotNull @PastOrPresent LocalDate changedOn,
        @Size(max = 500) @Schema(nullable = true, example = "随子女进城养老") String reason) {
}
