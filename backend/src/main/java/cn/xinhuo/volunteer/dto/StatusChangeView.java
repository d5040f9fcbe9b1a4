package cn.xinhuo.volunteer.dto;

import cn.xinhuo.volunteer.VolunteerStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "StatusChange", requiredProperties = {"id", "status", "changedOn", "reason", "recordedBy"})
public record StatusChangeView(long id, VolunteerStatus status, LocalDate changedOn,
                               @Schema(nullable = true) String reason, @Schema(nullable = true) String recordedBy) {
}
