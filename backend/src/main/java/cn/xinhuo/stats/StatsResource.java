package cn.xinhuo.stats;

import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import cn.xinhuo.stats.dto.StatsSummary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1/stats")
@Tag(name = "Statistics", description = "The figures of the work report for any subtree and period.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ORGANIZATION_READ)
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    private final StatsService service;

    StatsResource(StatsService service) {
        this.service = service;
    }

    @GET
    @Path("summary")
    @Operation(operationId = "getStatsSummary",
            summary = "Every figure of the work report for a subtree (default the caller's) and a period: a named one or from–to")
    public StatsSummary summary(
            @Parameter(description = "The organization whose subtree is counted (default: the caller's own).") @QueryParam("orgId") Long orgId,
            @Parameter(description = "A named period: 2016, 2016-H1, 2016-Q2 (default: the current half-year).") @QueryParam("period") String period,
            @Parameter(description = "With to, any period instead of a named one.") @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return service.summary(orgId, Period.of(period, from, to));
    }
}
