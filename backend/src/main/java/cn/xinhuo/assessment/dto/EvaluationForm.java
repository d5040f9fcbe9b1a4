package cn.xinhuo.assessment.dto;

import cn.xinhuo.assessment.EvaluationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "EvaluationForm", description = "An evaluation being scored (DRAFT): items not yet scored count 0.")
public record EvaluationForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(description = "The organization evaluated.", example = "14")
        Long organizationId,
        @NotNull @Schema(description = "The current version of a sheet of this organization or one above it.") Long templateId,
        @NotNull EvaluationKind kind,
        @NotNull @PastOrPresent @Schema(example = "2016-05-18") LocalDate evaluatedOn,
        @Size(max = 200) @Schema(nullable = true, example = "市关工委检查组") String evaluators,
        @Size(max = 500) @Schema(nullable = true, description = "Items left out (or null: none) count 0.")
        List<@Valid @NotNull ItemScore> scores,
        @Size(max = 2000) @Schema(nullable = true) String comment) {
}
