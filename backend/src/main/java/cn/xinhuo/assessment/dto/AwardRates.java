package cn.xinhuo.assessment.dto;

import cn.xinhuo.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "AwardRates", description = "The 五好 campaign by organization type on a day: enrolled, holding the title, the rate "
        + "(awarded ÷ enrolled), warned holders and titles revoked so far.")
public record AwardRates(LocalDate on, List<Row> rows) {

    @Schema(name = "AwardRateRow")
    public record Row(OrganizationType organizationType, long enrolled, long awarded,
                      @Schema(nullable = true, description = "awarded ÷ enrolled in per cent, one decimal; absent with none enrolled.")
                      BigDecimal rate,
                      @Schema(description = "Holders warned (滑坡) since their award.") long warned,
                      @Schema(description = "Titles revoked (摘牌) up to the day.") long revoked) {

        /** The row with its rate: awarded ÷ enrolled in per cent, one decimal, none without enrolments. */
        public static Row of(OrganizationType type, long enrolled, long awarded, long warned, long revoked) {
            return new Row(type, enrolled, awarded, enrolled == 0 ? null
                    : BigDecimal.valueOf(awarded * 100).divide(BigDecimal.valueOf(enrolled), 1, RoundingMode.HALF_UP), warned, revoked);
        }
    }
}
