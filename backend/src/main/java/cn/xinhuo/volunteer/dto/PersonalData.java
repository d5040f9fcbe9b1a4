package cn.xinhuo.volunteer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonalData", requiredProperties = {"idCardNumber", "mobile"},
        description = "The unmasked numbers; every view is written to the audit trail.")
public record PersonalData(@Schema(nullable = true) String idCardNumber, @Schema(nullable = true) String mobile) {
}
