package cn.xinhuo.leadership;

import cn.xinhuo.leadership.dto.AppointmentPage;
import cn.xinhuo.leadership.dto.AppointmentView;
import cn.xinhuo.leadership.dto.AttendeeForm;
import cn.xinhuo.leadership.dto.TrainingForm;
import cn.xinhuo.leadership.dto.TrainingPage;
import cn.xinhuo.leadership.dto.TrainingView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
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

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/trainings")
@Tag(name = "Trainings", description = "Trainings of leaders (集中办班, 以会代训, online) and who attended.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ORGANIZATION_READ)
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    private final LeadershipService service;

    TrainingResource(LeadershipService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchTrainings", summary = "Trainings organized within a subtree and a period, newest first")
    public TrainingPage search(@QueryParam("within") Long within, @QueryParam("from") LocalDate from,
                               @QueryParam("to") LocalDate to, @Valid @BeanParam PageQuery paging) {
        return service.trainings(within, from, to, paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTraining", summary = "One training, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The training.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.training(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ORGANIZATION_WRITE)
    @Operation(operationId = "createTraining", summary = "Record a training held by an organization")
    @APIResponse(responseCode = "201", description = "Recorded.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    public Response create(@Valid @NotNull TrainingForm body, @Context UriInfo uri) {
        TrainingView created = service.holdTraining(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ORGANIZATION_WRITE)
    @Operation(operationId = "updateTraining", summary = "Correct a training (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TrainingView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The training's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TrainingForm body) {
        return ETags.tagged(Response.ok(), service.updateTraining(id, ETags.expectedVersion(ifMatch), body));
    }

    @GET
    @Path("{id}/attendees")
    @Operation(operationId = "listTrainingAttendees", summary = "Who attended, as the leaders they were appointed")
    public List<AppointmentView> attendees(@PathParam("id") long id) {
        return service.attendees(id);
    }

    @POST
    @Path("{id}/attendees")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ORGANIZATION_WRITE)
    @Operation(operationId = "addTrainingAttendee", summary = "Take attendance: a leader of the organizer's subtree attended")
    @APIResponse(responseCode = "201", description = "On the list.",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response attend(@PathParam("id") long id, @Valid @NotNull AttendeeForm body) {
        return Response.status(Response.Status.CREATED).entity(service.attend(id, body.appointmentId())).build();
    }

    @GET
    @Path("{id}/proposed-attendees")
    @Operation(operationId = "proposeTrainingAttendees",
            summary = "Today's leaders of the organizer's subtree not trained since their appointment: whom to invite")
    public AppointmentPage proposed(@PathParam("id") long id, @Valid @BeanParam PageQuery paging) {
        return service.proposedAttendees(id, paging);
    }
}
