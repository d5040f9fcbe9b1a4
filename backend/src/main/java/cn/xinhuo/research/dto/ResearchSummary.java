package cn.xinhuo.research.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ResearchSummary", description = "Research trips in a period and the distinct places they visited, by type of place.")
public record ResearchSummary(@Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to, long trips,
                              List<ByType> placesByType) {

    @Schema(name = "ResearchPlacesByType")
    public record ByType(@Schema(example = "VILLAGE_GROUP") String type, long places) {
    }
}
