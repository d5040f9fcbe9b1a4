package cn.xinhuo.assessment.dto;

import cn.xinhuo.assessment.EvaluationStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationStep", description = "The next step: SUBMITTED (from DRAFT) or CONFIRMED (from SUBMITTED).")
public record EvaluationStep(@NotNull EvaluationStatus status) {
}
