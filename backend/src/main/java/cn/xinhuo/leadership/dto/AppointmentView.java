package cn.xinhuo.leadership.dto;

import cn.xinhuo.common.web.Versioned;
import cn.xinhuo.leadership.LeaderRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Appointment", description = "A seat held; trained: the leader attended a training on or after the start.")
public record AppointmentView(long id, long organizationId, String organizationName, String personName,
                              @Schema(nullable = true) Long volunteerId, LeaderRole role, LocalDate startedOn,
                              @Schema(nullable = true) LocalDate endedOn, @Schema(nullable = true) String changeReason,
                              boolean current, boolean trained, @Schema(nullable = true) LocalDate lastTrainedOn,
                              long version) implements Versioned {
}
