package cn.xinhuo.team.dto;

import cn.xinhuo.common.web.Versioned;
import cn.xinhuo.team.TeamType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Team", description = "A 五老 team (五老工作组织) with its current member count.",
        requiredProperties = {"id", "organizationId", "organizationName", "type", "name", "leaderId", "leaderName",
                "establishedOn", "memberCount", "version"})
public record TeamView(long id, long organizationId, String organizationName, TeamType type,
                       @Schema(example = "兴安乡五老关爱团") String name,
                       @Schema(nullable = true) Long leaderId, @Schema(nullable = true) String leaderName,
                       @Schema(nullable = true) LocalDate establishedOn,
                       @Schema(description = "Current members (not left).", example = "12") long memberCount,
                       long version) implements Versioned {
}
