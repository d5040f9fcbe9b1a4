package cn.xinhuo.team.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TeamMember", requiredProperties = {"id", "volunteerId", "volunteerName", "joinedOn", "leftOn"})
public record MemberView(long id, long volunteerId, String volunteerName, LocalDate joinedOn,
                         @Schema(nullable = true) LocalDate leftOn) {
}
