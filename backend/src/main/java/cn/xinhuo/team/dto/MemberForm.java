package cn.xinhuo.team.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TeamMemberForm")
public record MemberForm(@NotNull Long volunteerId, @NotNull @PastOrPresent LocalDate joinedOn) {
}
