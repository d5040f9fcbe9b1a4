package cn.xinhuo.honor;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.honor.dto.CoverageForm;
import cn.xinhuo.honor.dto.CoverageView;
import cn.xinhuo.honor.dto.HonorForm;
import cn.xinhuo.honor.dto.HonorPage;
import cn.xinhuo.honor.dto.HonorSummary;
import cn.xinhuo.honor.dto.HonorView;
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

import java.util.List;

@Path("/api/v1/honors")
@Tag(name = "Honours", description = "典型: commendations of 五老 and their media coverage.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.VOLUNTEER_READ)
@Produces(MediaType.APPLICATION_JSON)
public class HonorResource {

    private final HonorService service;

    HonorResource(HonorService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchHonors", summary = "Commendations by level and person within a subtree, newest first")
    public HonorPage search(@Parameter(schema = @Schema(implementation = HonorLevel.class)) @QueryParam("level") String level,
                            @QueryParam("within") Long within,
                            @Parameter(description = "Part of the person's name, or pinyin initials.") @QueryParam("q")
                            @jakarta.validation.constraints.Size(max = 50) String q,
                            @Valid @BeanParam PageQuery paging) {
        return service.search(QueryParams.enumValue(HonorLevel.class, "level", level), within, q, paging);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summarizeHonors", summary = "People honoured per level (each at their highest) and featured in the media")
    public HonorSummary summary(@QueryParam("within") Long within) {
        return service.summary(within);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHonor", summary = "One commendation, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The commendation.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HonorView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.HONOR_WRITE)
    @Operation(operationId = "createHonor", summary = "Record a commendation of a 五老")
    @APIResponse(responseCode = "201", description = "Recorded.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HonorView.class)))
    public Response create(@Valid @NotNull HonorForm body, @Context UriInfo uri) {
        HonorView created = service.create(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.HONOR_WRITE)
    @Operation(operationId = "updateHonor", summary = "Correct a commendation (If-Match required; the person stays)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = HonorView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The commendation's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull HonorForm body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }

    @GET
    @Path("media-coverage")
    @Operation(operationId = "listMediaCoverage", summary = "Media coverage of 五老 within a subtree, newest first (at most 500)")
    public List<CoverageView> coverage(@QueryParam("within") Long within) {
        return service.coverage(within);
    }

    @POST
    @Path("media-coverage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.HONOR_WRITE)
    @Operation(operationId = "addMediaCoverage", summary = "Record a report about a 五老 in the media")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = CoverageView.class)))
    public Response addCoverage(@Valid @NotNull CoverageForm body) {
        return Response.status(Response.Status.CREATED).entity(service.addCoverage(body)).build();
    }
}
