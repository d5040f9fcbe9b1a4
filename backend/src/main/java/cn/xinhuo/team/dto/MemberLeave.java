package cn.xinhuo.team.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TeamMemberLeave")
public record MemberLeave(@NotNull @PastOrPresent LocalDate leftOn) {
}
