package cn.xinhuo.leadership.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendeeForm", description = "A leader, as appointed, who attended.")
public record AttendeeForm(@NotNull Long appointmentId) {
}
