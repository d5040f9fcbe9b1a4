package cn.xinhuo.assessment.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ItemScore", description = "The score of one item of the sheet (at most its maximum) and a comment.")
public record ItemScore(
        @NotBlank @Size(max = 20) @Schema(example = "1.1") String code,
        @NotNull @DecimalMin("0") @Schema(example = "4.5") BigDecimal score,
        @Size(max = 500) @Schema(nullable = true, example = "档案齐全") String comment) {
}
