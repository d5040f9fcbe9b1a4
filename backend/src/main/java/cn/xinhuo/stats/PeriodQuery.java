package cn.xinhuo.stats;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/** The query of every statistic and report: whose subtree ({@code orgId}) and which period. */
public class PeriodQuery {

    @QueryParam("orgId")
    @Parameter(description = "The organization whose subtree is counted (default: the caller's own).")
    public Long orgId;

    @QueryParam("period")
    @Parameter(description = "A named period: 2016, 2016-H1, 2016-Q2 (default: the current half-year).")
    public String period;

    @QueryParam("from")
    @Parameter(description = "With to, any period instead of a named one.")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    public Period toPeriod() {
        return Period.of(period, from, to);
    }
}
