package cn.xinhuo.pairing;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.pairing.dto.ActivityForm;
import cn.xinhuo.pairing.dto.ActivityPage;
import cn.xinhuo.pairing.dto.ActivityView;
import cn.xinhuo.pairing.dto.PairForm;
import cn.xinhuo.pairing.dto.PairPage;
import cn.xinhuo.pairing.dto.PairStatusChangeView;
import cn.xinhuo.pairing.dto.PairUpdate;
import cn.xinhuo.pairing.dto.PairView;
import cn.xinhuo.pairing.dto.ServiceHours;
import cn.xinhuo.pairing.dto.TransitionForm;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/pairs")
@Tag(name = "Pairs", description = "帮扶对子: a 五老 and a beneficiary, their lifecycle and what they did together.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.PAIR_READ)
@Produces(MediaType.APPLICATION_JSON)
public class PairResource {

    private final PairService pairs;
    private final ActivityService activities;

    PairResource(PairService pairs, ActivityService activities) {
        this.pairs = pairs;
        this.activities = activities;
    }

    @GET
    @Operation(operationId = "searchPairs", summary = "Pairs by status, type, volunteer or beneficiary within a subtree, newest first")
    public PairPage search(
            @Parameter(schema = @Schema(implementation = PairStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = PairType.class)) @QueryParam("type") String type,
            @QueryParam("volunteerId") Long volunteerId,
            @QueryParam("beneficiaryId") Long beneficiaryId,
            @Parameter(description = "Only pairs in the subtree of this organization.") @QueryParam("within") Long within,
            @Valid @BeanParam PageQuery paging) {
        return pairs.search(new PairRepository.Search(QueryParams.enumValue(PairStatus.class, "status", status),
                QueryParams.enumValue(PairType.class, "type", type), volunteerId, beneficiaryId, within, null), paging);
    }

    @GET
    @Path("attention")
    @Operation(operationId = "listPairsNeedingAttention",
            summary = "Active pairs with no activity for some days (default 30), the longest silent first")
    public PairPage attention(
            @QueryParam("within") Long within,
            @Parameter(description = "Days without an activity; defaults to the configured 30.") @QueryParam("days") @Min(1) @Max(3650) Integer days,
            @Valid @BeanParam PageQuery paging) {
        return pairs.attention(within, days, paging);
    }

    @GET
    @Path("service-hours")
    @Operation(operationId = "summarizeServiceHours",
            summary = "Hours served per volunteer, team or organization within a subtree and a period, with service-hour tiers")
    public ServiceHours hours(
            @Parameter(schema = @Schema(implementation = ActivityRepository.By.class)) @QueryParam("by") @DefaultValue("VOLUNTEER") String by,
            @QueryParam("within") Long within,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageQuery paging) {
        return pairs.hours(QueryParams.enumValue(ActivityRepository.By.class, "by", by), within, from, to, paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPair", summary = "One pair with its totals, its version as the ETag")
    @APIResponse(responseCode = "200", description = "The pair.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PairView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), pairs.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.PAIR_WRITE)
    @Operation(operationId = "createPair", summary = "Pair a 五老 with a beneficiary (a new one may be recorded with it, consent included)",
            description = "409 when the volunteer is not ACTIVE, or when the two already have an ACTIVE pair (`existing`).")
    @APIResponse(responseCode = "201", description = "Paired.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PairView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull PairForm body, @Context UriInfo uri) {
        PairView created = pairs.create(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.PAIR_WRITE)
    @Operation(operationId = "updatePair", summary = "Change a pair's type, goals and dates (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PairView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The pair's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull PairUpdate body) {
        return ETags.tagged(Response.ok(), pairs.update(id, ETags.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.PAIR_WRITE)
    @Operation(operationId = "changePairStatus",
            summary = "A step of the lifecycle: activate, pause, resume, complete with outcomes, end with a reason (If-Match required)")
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PairView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response transition(@PathParam("id") long id,
                               @Parameter(description = "The pair's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull TransitionForm body) {
        return ETags.tagged(Response.ok(), pairs.transition(id, ETags.expectedVersion(ifMatch), body));
    }

    @GET
    @Path("{id}/status-changes")
    @Operation(operationId = "listPairStatusChanges", summary = "The lifecycle of a pair, newest first")
    public List<PairStatusChangeView> history(@PathParam("id") long id) {
        return pairs.history(id);
    }

    @GET
    @Path("{id}/activities")
    @Operation(operationId = "listPairActivities", summary = "What the pair did, newest first (its timeline)")
    public ActivityPage activities(@PathParam("id") long id, @Valid @BeanParam PageQuery paging) {
        return activities.list(id, paging);
    }

    @POST
    @Path("{id}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ACTIVITY_RECORD)
    @Operation(operationId = "recordActivity", summary = "Record what an active pair did (retry-safe with an Idempotency-Key)",
            description = "The same request repeated with the same Idempotency-Key returns the first response and records "
                    + "nothing more; the key with another body is refused (422). Keys are kept 24 hours.")
    @APIResponse(responseCode = "201", description = "Recorded (or recorded before, for a repeated key).",
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response record(@PathParam("id") long id,
                           @Parameter(description = "A client-made unique key (a UUID) per activity; resend it with a retry.")
                           @HeaderParam("Idempotency-Key") @Size(min = 8, max = 100) String idempotencyKey,
                           @Valid @NotNull ActivityForm body) {
        return Response.status(Response.Status.CREATED).entity(activities.record(id, body, idempotencyKey)).build();
    }
}
