package cn.xinhuo.research.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

@Schema(name = "ResearchVisitForm")
public record ResearchVisitForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(description = "The committee that went.", example = "1") Long organizationId,
        @NotNull @PastOrPresent @Schema(example = "2016-04-06") LocalDate visitedOn,
        @NotBlank @Size(max = 100) @Schema(example = "市关工委主任") String ledBy,
        @NotEmpty @Size(max = 100) @Schema(description = "The organizations visited (townships, villages, communities, schools).")
        Set<@NotNull Long> places,
        @Size(max = 1000) @Schema(nullable = true, example = "基层关工组织建设、五好创建") String topics,
        @Size(max = 4000) @Schema(nullable = true) String findings,
        @Size(max = 4000) @Schema(nullable = true) String measures) {
}
