package cn.xinhuo.pairing.dto;

import cn.xinhuo.beneficiary.BeneficiaryCategory;
import cn.xinhuo.common.web.Versioned;
import cn.xinhuo.pairing.PairOutcome;
import cn.xinhuo.pairing.PairStatus;
import cn.xinhuo.pairing.PairType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Pair", description = "A pair with its people (a child's name masked), status and totals.")
public record PairView(
        long id,
        long organizationId,
        String organizationName,
        long volunteerId,
        @Schema(example = "冯林") String volunteerName,
        long beneficiaryId,
        @Schema(example = "魏平") String beneficiaryName,
        BeneficiaryCategory beneficiaryCategory,
        boolean protectedChild,
        PairType type,
        @Schema(nullable = true) String goals,
        LocalDate startedOn,
        @Schema(nullable = true) LocalDate plannedEndOn,
        PairStatus status,
        @Schema(nullable = true) LocalDate closedOn,
        @Schema(nullable = true) String endReason,
        List<PairOutcome> outcomes,
        @Schema(nullable = true) String outcomeNote,
        @Schema(nullable = true) LocalDate lastActivityOn,
        long activityCount,
        BigDecimal totalHours,
        long version) implements Versioned {
}
