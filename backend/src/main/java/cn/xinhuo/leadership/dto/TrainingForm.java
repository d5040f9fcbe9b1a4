package cn.xinhuo.leadership.dto;

import cn.xinhuo.leadership.TrainingFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TrainingForm")
public record TrainingForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(description = "The organizing organization.", example = "1") Long organizationId,
        @NotNull @Schema(example = "2016-04-12") LocalDate heldOn,
        @NotBlank @Size(max = 200) @Schema(example = "基层关工委新任班子成员培训班") String title,
        @NotNull TrainingFormat format) {
}
