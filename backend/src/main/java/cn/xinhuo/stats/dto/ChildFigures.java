package cn.xinhuo.stats.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The key figures of one child organization, counted over its whole subtree. */
@Schema(name = "StatsChildFigures", description = "The key figures of one direct child, counted over its subtree: the register, "
        + "teams, active pairs and 五好 title holders on the period's last day, activities within the period.")
public record ChildFigures(@Schema(required = true) long organizationId,
                           @Schema(required = true, description = "五老 on the register on the period's last day.") long volunteers,
                           @Schema(required = true, description = "Of those, active on that day.") long activeVolunteers,
                           @Schema(required = true, description = "Teams established by that day.") long teams,
                           @Schema(required = true, description = "Pairs active on that day.") long activePairs,
                           @Schema(required = true, description = "Pair activities within the period.") long activities,
                           @Schema(required = true, description = "Organizations holding the 五好 title on that day.") long fiveGoodHolders) {
}
