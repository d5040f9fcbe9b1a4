package cn.xinhuo.team;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import cn.xinhuo.team.dto.MemberForm;
import cn.xinhuo.team.dto.MemberLeave;
import cn.xinhuo.team.dto.MemberView;
import cn.xinhuo.team.dto.TeamForm;
import cn.xinhuo.team.dto.TeamPage;
import cn.xinhuo.team.dto.TeamSummary;
import cn.xinhuo.team.dto.TeamView;
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

import java.util.List;

@Path("/api/v1/teams")
@Tag(name = "Teams", description = "五老工作组织: care, lecture and art teams and their members.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.VOLUNTEER_READ)
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final TeamService service;

    TeamResource(TeamService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchTeams", summary = "Teams by type and name within a subtree, with their current member counts")
    public TeamPage search(
            @Parameter(schema = @Schema(implementation = TeamType.class)) @QueryParam("type") String type,
            @Parameter(description = "Only teams in the subtree of this organization.") @QueryParam("within") Long within,
            @Parameter(description = "Part of the team's name.") @QueryParam("q") @jakarta.validation.constraints.Size(max = 50) String q,
            @Valid @BeanParam PageQuery paging) {
        return service.search(QueryParams.enumValue(TeamType.class, "type", type), within, q, paging);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summarizeTeams", summary = "Counts of teams and current members by type within a subtree")
    public TeamSummary summary(@QueryParam("within") Long within) {
        return service.summary(within);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTeam", summary = "One team, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The team.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.VOLUNTEER_WRITE)
    @Operation(operationId = "createTeam", summary = "Create a team attached to an organization")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response create(@Valid @NotNull TeamForm body, @Context UriInfo uri) {
        TeamView created = service.create(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.VOLUNTEER_WRITE)
    @Operation(operationId = "updateTeam", summary = "Update a team (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The team's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TeamForm body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }

    @GET
    @Path("{id}/members")
    @Operation(operationId = "listTeamMembers", summary = "The members of a team, current first, with join and leave dates")
    public List<MemberView> members(@PathParam("id") long id) {
        return service.members(id);
    }

    @POST
    @Path("{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.VOLUNTEER_WRITE)
    @Operation(operationId = "addTeamMember", summary = "A 五老 of the team's subtree joins the team")
    @APIResponse(responseCode = "201", description = "Joined.", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response join(@PathParam("id") long id, @Valid @NotNull MemberForm body) {
        return Response.status(Response.Status.CREATED).entity(service.join(id, body)).build();
    }

    @POST
    @Path("{id}/members/{memberId}/leave")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.VOLUNTEER_WRITE)
    @Operation(operationId = "leaveTeam", summary = "A member leaves the team on a date")
    @APIResponse(responseCode = "200", description = "Left.", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public MemberView leave(@PathParam("id") long id, @PathParam("memberId") long memberId,
                            @Valid @NotNull MemberLeave body) {
        return service.leave(id, memberId, body);
    }
}
