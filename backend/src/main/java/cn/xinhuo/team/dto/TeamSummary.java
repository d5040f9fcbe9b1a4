package cn.xinhuo.team.dto;

import cn.xinhuo.team.TeamType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TeamSummary", requiredProperties = {"teams", "members", "byType"},
        description = "Teams and current members within a subtree, in all and per type.")
public record TeamSummary(@Schema(example = "186") long teams, @Schema(example = "994") long members, List<ByType> byType) {

    @Schema(name = "TeamCount", requiredProperties = {"type", "teams", "members"})
    public record ByType(TeamType type, @Schema(example = "143") long teams, @Schema(example = "516") long members) {
    }
}
