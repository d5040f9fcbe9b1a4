package cn.xinhuo.beneficiary.dto;

import cn.xinhuo.beneficiary.BeneficiaryCategory;
import cn.xinhuo.beneficiary.ConsentMethod;
import cn.xinhuo.common.web.Versioned;
import cn.xinhuo.volunteer.Gender;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Beneficiary", description = "A beneficiary as lists and details show it. For a child under 14 "
        + "(protectedChild) the name is masked and the birth date, situation, guardian and parents are left out; "
        + "the full record is personal data (audited). The guardian's phone is always masked.")
public record BeneficiaryView(
        long id,
        long organizationId,
        String organizationName,
        @Schema(example = "魏平") String name,
        Gender gender,
        @Schema(nullable = true) LocalDate birthDate,
        int age,
        BeneficiaryCategory category,
        boolean protectedChild,
        @Schema(nullable = true) String situation,
        @Schema(nullable = true) String guardianName,
        @Schema(nullable = true) String guardianRelation,
        @Schema(nullable = true, example = "138****5678") String guardianPhone,
        @Schema(nullable = true) String parentsWhereabouts,
        @Schema(nullable = true) LocalDate consentGivenOn,
        @Schema(nullable = true) ConsentMethod consentMethod,
        @Schema(nullable = true) String consentNoticeVersion,
        long version) implements Versioned {
}
