package cn.xinhuo.assessment.dto;

import cn.xinhuo.assessment.TemplateKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "AssessmentTemplateForm", description = "A score sheet as its organization words it, with its pass rules.")
public record TemplateForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(description = "Whose wording: usable in its subtree.", example = "1")
        Long organizationId,
        @NotNull TemplateKind kind,
        @NotBlank @Size(max = 100) @Schema(example = "五好基层关工组织评分表") String name,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Criterion> criteria,
        @NotNull @DecimalMin("0") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2)
        @Schema(description = "The least total that passes.", example = "80") BigDecimal passTotal,
        @DecimalMin("0") @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2)
        @Schema(nullable = true, description = "The least every criterion must reach.", example = "12")
        BigDecimal passPerCriterion) {
}
