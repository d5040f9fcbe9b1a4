package cn.xinhuo.assessment.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "AssessmentCriterion", description = "A criterion of a score sheet (e.g. 领导班子建设好) and its items.")
public record Criterion(
        @NotBlank @Size(max = 100) @Schema(example = "领导班子建设好") String title,
        @NotNull @DecimalMin("0.5") @DecimalMax("1000") @Schema(example = "20") BigDecimal maxPoints,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items) {

    @Schema(name = "AssessmentItem", description = "An item with its maximum points and how it is scored.")
    public record Item(
            @NotBlank @Size(max = 20) @Schema(description = "Unique in the sheet.", example = "1.1") String code,
            @NotBlank @Size(max = 300) @Schema(example = "班子健全，主任由离退休老领导担任") String title,
            @NotNull @DecimalMin("0.5") @DecimalMax("1000") @Schema(example = "5") BigDecimal maxPoints,
            @Size(max = 500) @Schema(nullable = true, description = "Scoring and deduction notes.", example = "缺一项扣1分")
            String note) {
    }
}
