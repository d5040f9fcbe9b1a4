package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.AwardForm;
import cn.xinhuo.assessment.dto.AwardPage;
import cn.xinhuo.assessment.dto.AwardRates;
import cn.xinhuo.assessment.dto.AwardView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/awards")
@Tag(name = "Awards", description = "The 五好关工组织 title: awarded, warned (滑坡), revoked (摘牌), each on a confirmed evaluation.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ASSESSMENT_READ)
@Produces(MediaType.APPLICATION_JSON)
public class AwardResource {

    private final AwardService service;

    AwardResource(AwardService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchAwards",
            summary = "The title's history: of one organization (oldest first) or of a subtree (newest first); holders=true for today's holders")
    public AwardPage search(@QueryParam("organizationId") Long organizationId, @QueryParam("within") Long within,
                            @Parameter(schema = @Schema(implementation = AwardKind.class)) @QueryParam("kind") String kind,
                            @Parameter(description = "Only the awards of organizations holding the title today.")
                            @QueryParam("holders") boolean holders,
                            @Valid @BeanParam PageQuery paging) {
        return service.search(organizationId, within, QueryParams.enumValue(AwardKind.class, "kind", kind), holders, paging);
    }

    @GET
    @Path("rates")
    @Operation(operationId = "getAwardRates",
            summary = "Per organization type of the subtree on a day (default today): enrolled, awarded, rate, warned, revoked")
    public AwardRates rates(@QueryParam("within") Long within,
                            @Parameter(description = "The day (default today).") @QueryParam("on") LocalDate on) {
        return service.rates(within, on == null ? LocalDate.now() : on);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_WRITE)
    @Operation(operationId = "decideAward",
            summary = "Award the title (on a passing confirmed evaluation), warn a holder or revoke a warned holder's title (on a failed confirmed check)",
            description = "409 without the evaluation the step needs, when the organization's standing does not allow the step, "
                    + "or when the evaluation already backs another step.")
    @APIResponse(responseCode = "201", description = "Decided.", content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response decide(@Valid @NotNull AwardForm body) {
        return Response.status(Response.Status.CREATED).entity(service.decide(body)).build();
    }
}
