package cn.xinhuo.stats.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "StatsChildren", description = "The key figures of every direct child of an organization for a period, in one answer.")
public record StatsChildren(@Schema(required = true) long organizationId, @Schema(required = true) StatsSummary.PeriodView period,
                            @Schema(required = true) List<ChildFigures> children) {
}
