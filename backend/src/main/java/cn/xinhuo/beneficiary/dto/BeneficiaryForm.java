package cn.xinhuo.beneficiary.dto;

import cn.xinhuo.beneficiary.BeneficiaryCategory;
import cn.xinhuo.volunteer.Gender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "BeneficiaryForm", description = "A person the 五老 help. A minor needs a guardian; a child under 14 also "
        + "the guardian's consent. Keep only what the work needs.")
public record BeneficiaryForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(description = "A village, community or school.", example = "14")
        Long organizationId,
        @NotBlank @Size(max = 50) @Schema(example = "魏平") String name,
        @NotNull Gender gender,
        @NotNull @Past @Schema(example = "1990-05-01") LocalDate birthDate,
        @NotNull BeneficiaryCategory category,
        @Size(max = 1000) @Schema(nullable = true, example = "家庭困难，缺少种植技术") String situation,
        @Size(max = 50) @Schema(nullable = true) String guardianName,
        @Size(max = 20) @Schema(nullable = true, example = "祖父") String guardianRelation,
        @Pattern(regexp = "^(1[3-9]\\d{9})?$", message = "{xinhuo.mobile.pattern}")
        @Schema(nullable = true, description = "On an update: left out (null) keeps the stored number, an empty string clears it.")
        String guardianPhone,
        @Size(max = 200) @Schema(nullable = true, example = "父母在外务工") String parentsWhereabouts,
        @Valid @Schema(nullable = true, description = "Required for a child under 14.") ConsentForm consent) {
}
