package cn.xinhuo.pairing.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "ServiceHours", description = "Hours of service in a period, grouped, most hours first; tier 1–5 at "
        + "100 / 300 / 600 / 1000 / 1500 hours (the star ratings of volunteer service in China), 0 below.")
public record ServiceHours(String by, @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to,
                           List<Row> items, int page, int size, long total) {

    @Schema(name = "ServiceHoursRow")
    public record Row(long id, String name, BigDecimal hours, long activities, int tier) {
    }
}
