package cn.xinhuo.leadership.dto;

import cn.xinhuo.leadership.LeaderRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "LeadershipSummary", description = "Appointments and changes per role in a period, and how many of the new leaders were trained.")
public record LeadershipSummary(@Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to,
                                List<ByRole> byRole, long appointed, long trained,
                                @Schema(description = "trained ÷ appointed, 0–1; 1 when nobody was appointed.") BigDecimal trainedShare) {

    @Schema(name = "LeadershipByRole")
    public record ByRole(LeaderRole role, long appointed, long ended, long trained) {
    }
}
