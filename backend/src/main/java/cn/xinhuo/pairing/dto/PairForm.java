package cn.xinhuo.pairing.dto;

import cn.xinhuo.beneficiary.dto.BeneficiaryForm;
import cn.xinhuo.pairing.PairType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PairForm", description = "A new pair: a 五老 (ACTIVE) and either a recorded beneficiary (beneficiaryId) or "
        + "a new one (beneficiary, with its guardian's consent for a child) — recorded together or not at all.")
public record PairForm(
        @NotNull @Schema(example = "1") Long volunteerId,
        @Schema(nullable = true) Long beneficiaryId,
        @Valid @Schema(nullable = true) BeneficiaryForm beneficiary,
        @NotNull PairType type,
        @Size(max = 1000) @Schema(nullable = true, example = "掌握玉米春播和中耕技术，当年脱贫") String goals,
        @NotNull @Schema(example = "2016-03-01") LocalDate startedOn,
        @Schema(nullable = true) LocalDate plannedEndOn,
        @Pattern(regexp = "^(PROPOSED|ACTIVE)?$", message = "{pair.initial-status}")
        @Schema(nullable = true, enumeration = {"PROPOSED", "ACTIVE"}, description = "Defaults to PROPOSED.")
        String status) {
}
