package cn.xinhuo.volunteer.dto;

import cn.xinhuo.volunteer.Gender;
import cn.xinhuo.volunteer.Residence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "EligibilityRuleForm", description = "A new age threshold for a residence and gender from a date on; earlier rules stay as history.")
public record EligibilityRuleForm(@NotNull Residence residence, @NotNull Gender gender,
                                  @NotNull @Min(30) @Max(100) @Schema(example = "50") Integer minAge,
                                  @NotNull @Schema(example = "2017-01-01") LocalDate effectiveFrom) {
}
