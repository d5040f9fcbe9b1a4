package cn.xinhuo.research.dto;

import cn.xinhuo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ResearchVisit")
public record ResearchVisitView(long id, long organizationId, String organizationName, LocalDate visitedOn, String ledBy,
                                List<Place> places, @Schema(nullable = true) String topics,
                                @Schema(nullable = true) String findings, @Schema(nullable = true) String measures,
                                long version) implements Versioned {

    @Schema(name = "ResearchVisitPlace")
    public record Place(long id, String name, String type) {
    }
}
