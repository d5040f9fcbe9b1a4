package cn.xinhuo.campaign;

import cn.xinhuo.campaign.dto.CampaignForm;
import cn.xinhuo.campaign.dto.CampaignPage;
import cn.xinhuo.campaign.dto.CampaignProgress;
import cn.xinhuo.campaign.dto.CampaignView;
import cn.xinhuo.campaign.dto.EnrolmentChange;
import cn.xinhuo.campaign.dto.EnrolmentForm;
import cn.xinhuo.campaign.dto.EnrolmentPage;
import cn.xinhuo.campaign.dto.EnrolmentView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Three-year plans (三年规划) of the 五好 campaign: yearly targets, enrolments, progress.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ASSESSMENT_READ)
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final CampaignService service;

    CampaignResource(CampaignService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchCampaigns",
            summary = "The plans of the caller's subtree, newest first; with covering, the plans an organization falls under (its own and those above it)")
    public CampaignPage search(@Parameter(description = "An organization of the caller's subtree: the plans that cover it.")
                               @QueryParam("covering") Long covering, @Valid @BeanParam PageQuery paging) {
        return service.search(covering, paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCampaign", summary = "One plan with its targets, its version as the ETag")
    @APIResponse(responseCode = "200", description = "The plan.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_MANAGE)
    @Operation(operationId = "createCampaign", summary = "A new plan of a committee of the caller's subtree")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response create(@Valid @NotNull CampaignForm body, @Context UriInfo uri) {
        CampaignView created = service.create(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_MANAGE)
    @Operation(operationId = "updateCampaign", summary = "Change a plan of the caller's subtree (If-Match); its years must keep its enrolments")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The plan's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull CampaignForm body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }

    @GET
    @Path("{id}/progress")
    @Operation(operationId = "getCampaignProgress",
            summary = "Targets against planned, enrolled and title-holding organizations, per year and type and per type")
    public CampaignProgress progress(@PathParam("id") long id, @QueryParam("within") Long within) {
        return service.progress(id, within);
    }

    @GET
    @Path("{id}/enrolments")
    @Operation(operationId = "searchEnrolments", summary = "The organizations of the caller's subtree planned or enrolled under the plan")
    public EnrolmentPage enrolments(
            @PathParam("id") long id, @QueryParam("within") Long within, @QueryParam("year") Integer year,
            @Parameter(schema = @Schema(implementation = EnrolmentStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = OrganizationType.class)) @QueryParam("organizationType") String organizationType,
            @Valid @BeanParam PageQuery paging) {
        return service.enrolments(id, new CampaignRepository.EnrolmentSearch(within, year,
                QueryParams.enumValue(EnrolmentStatus.class, "status", status),
                QueryParams.enumValue(OrganizationType.class, "organizationType", organizationType)), paging);
    }

    @GET
    @Path("{id}/enrolments/{enrolmentId}")
    @Operation(operationId = "getEnrolment", summary = "One enrolment, its version as the ETag")
    @APIResponse(responseCode = "200", description = "The enrolment.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    public Response enrolment(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId) {
        return ETags.tagged(Response.ok(), service.enrolment(id, enrolmentId));
    }

    @POST
    @Path("{id}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_WRITE)
    @Operation(operationId = "enrol", summary = "Plan an organization of the caller's subtree for a year, or enrol it (once: 409 when it already is)")
    @APIResponse(responseCode = "201", description = "Planned or enrolled.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response enrol(@PathParam("id") long id, @Valid @NotNull EnrolmentForm body, @Context UriInfo uri) {
        EnrolmentView created = service.enrol(id, body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}/enrolments/{enrolmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_WRITE)
    @Operation(operationId = "updateEnrolment", summary = "Move a planned organization to another year or record that it enrolled (If-Match)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    public Response updateEnrolment(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId,
                                    @Parameter(description = "The enrolment's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                                    @Valid @NotNull EnrolmentChange body) {
        return ETags.tagged(Response.ok(), service.updateEnrolment(id, enrolmentId, ETags.expectedVersion(ifMatch), body));
    }
}
