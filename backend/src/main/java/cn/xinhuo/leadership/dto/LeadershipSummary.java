package cn.xinhuo.leadership.dto;

import cn.xinhuo.leadership.LeaderRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "LeadershipSummary", description = "Appointments and changes per role in a period, and how many of the new leaders were trained.")
public record LeadershipSummary(@Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to,
                                List<ByRole> byRole, long appointed, long trained,
                                @Schema(description = "trained ÷ appointed, 0–1; 1 when nobody was appointed.") BigDecimal trainedShare) {

    /** The totals and the trained share of the roles' figures. */
    public static LeadershipSummary of(LocalDate from, LocalDate to, List<ByRole> byRole) {
        long appointed = byRole.stream().mapToLong(ByRole::appointed).sum();
        long trained = byRole.stream().mapToLong(ByRole::trained).sum();
        BigDecimal share = appointed == 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(trained).divide(BigDecimal.valueOf(appointed), 4, RoundingMode.HALF_UP);
        return new LeadershipSummary(from, to, byRole, appointed, trained, share);
    }

    @Schema(name = "LeadershipByRole")
    public record ByRole(LeaderRole role, long appointed, long ended, long trained) {
    }
}
