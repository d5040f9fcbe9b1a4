package cn.xinhuo.beneficiary.dto;

import cn.xinhuo.beneficiary.ConsentMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "GuardianConsent", description = "A guardian's consent to record a child under 14 (PIPL art. 31).")
public record ConsentForm(
        @NotBlank @Size(max = 50) @Schema(description = "Who consented (the guardian).", example = "夏某某") String givenBy,
        @NotNull @Schema(example = "2016-03-01") LocalDate givenOn,
        @NotNull ConsentMethod method,
        @NotBlank @Size(max = 20) @Schema(description = "The version of the privacy notice shown.", example = "2016-1")
        String noticeVersion) {
}
