package cn.xinhuo.volunteer.dto;

import cn.xinhuo.volunteer.Gender;
import cn.xinhuo.volunteer.Residence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "EligibilityRule", requiredProperties = {"id", "residence", "gender", "minAge", "effectiveFrom"},
        description = "The minimum age of a 五老 for a residence and gender, from a date on.")
public record EligibilityRuleView(long id, Residence residence, Gender gender,
                                  @Schema(example = "50") int minAge, LocalDate effectiveFrom) {
}
