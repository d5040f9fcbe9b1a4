package cn.xinhuo.stats;

import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import cn.xinhuo.stats.dto.StatsChildren;
import cn.xinhuo.stats.dto.StatsSummary;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    public StatsSummary summary(@BeanParam PeriodQuery query) {
        return service.summary(query.orgId, query.toPeriod());
    }

    @GET
    @Path("children")
    @Operation(operationId = "getStatsChildren",
            summary = "The key figures of every direct child of an organization (default the caller's) for a period, for the drill-down")
    public StatsChildren children(@BeanParam PeriodQuery query) {
        return service.children(query.orgId, query.toPeriod());
    }
}
