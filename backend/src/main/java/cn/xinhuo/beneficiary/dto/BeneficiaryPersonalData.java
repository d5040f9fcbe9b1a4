package cn.xinhuo.beneficiary.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "BeneficiaryPersonalData", description = "The full record of a beneficiary (each view is audited).")
public record BeneficiaryPersonalData(
        String name,
        LocalDate birthDate,
        @Schema(nullable = true) String situation,
        @Schema(nullable = true) String guardianName,
        @Schema(nullable = true) String guardianRelation,
        @Schema(nullable = true) String guardianPhone,
        @Schema(nullable = true) String parentsWhereabouts,
        @Schema(nullable = true) ConsentForm consent) {
}
