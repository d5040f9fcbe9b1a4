package cn.xinhuo.leadership;

import cn.xinhuo.leadership.dto.AppointmentForm;
import cn.xinhuo.leadership.dto.AppointmentPage;
import cn.xinhuo.leadership.dto.AppointmentView;
import cn.xinhuo.leadership.dto.LeadershipSummary;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/appointments")
@Tag(name = "Leadership", description = "领导班子: who holds which seat of each organization's leadership team, over time.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ORGANIZATION_READ)
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private final LeadershipService service;

    AppointmentResource(LeadershipService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchAppointments",
            summary = "Appointments: an organization's team (current=true for today's) or a subtree's, by role and start date")
    public AppointmentPage search(
            @Parameter(description = "Only this organization's leadership team.") @QueryParam("organizationId") Long organizationId,
            @Parameter(description = "All organizations of this subtree.") @QueryParam("within") Long within,
            @Parameter(schema = @Schema(implementation = LeaderRole.class)) @QueryParam("role") String role,
            @Parameter(description = "Only seats held today.") @QueryParam("current") @DefaultValue("false") boolean current,
            @Parameter(description = "Only today's leaders not trained since they were appointed.") @QueryParam("untrained") @DefaultValue("false") boolean untrained,
            @QueryParam("startedFrom") LocalDate startedFrom,
            @QueryParam("startedTo") LocalDate startedTo,
            @Valid @BeanParam PageQuery paging) {
        return service.search(new AppointmentRepository.Search(organizationId, within,
                QueryParams.enumValue(LeaderRole.class, "role", role), current, untrained, startedFrom, startedTo), paging);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summarizeAppointments",
            summary = "Appointments and changes per role in a period within a subtree, and the share of new leaders trained")
    public LeadershipSummary summary(@QueryParam("within") Long within, @QueryParam("from") LocalDate from,
                                     @QueryParam("to") LocalDate to) {
        return service.summary(within, from, to);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAppointment", summary = "One appointment, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The appointment.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ORGANIZATION_WRITE)
    @Operation(operationId = "createAppointment", summary = "Appoint a leader to a seat of an organization's team")
    @APIResponse(responseCode = "201", description = "Appointed.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    public Response create(@Valid @NotNull AppointmentForm body, @Context UriInfo uri) {
        AppointmentView created = service.appoint(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ORGANIZATION_WRITE)
    @Operation(operationId = "updateAppointment", summary = "Correct an appointment or end it with a reason (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The appointment's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull AppointmentForm body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }
}
