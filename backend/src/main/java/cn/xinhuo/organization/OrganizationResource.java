package cn.xinhuo.organization;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.organization.dto.OrganizationCreate;
import cn.xinhuo.organization.dto.OrganizationDissolution;
import cn.xinhuo.organization.dto.OrganizationMove;
import cn.xinhuo.organization.dto.OrganizationPage;
import cn.xinhuo.organization.dto.OrganizationUpdate;
import cn.xinhuo.organization.dto.OrganizationView;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import java.net.URI;
import java.util.List;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "The tree of 关工 organizations that every other record hangs from.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ORGANIZATION_READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private static final String IF_MATCH = "The ETag read with the organization; stale → 412, missing → 428.";

    private final OrganizationService service;

    OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchOrganizations",
            summary = "Search organizations by name, type and status, within a subtree; paged and sorted")
    public OrganizationPage search(
            @Parameter(description = "Part of the name.", example = "钟山") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Organization type.", schema = @Schema(implementation = OrganizationType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Organization status.", schema = @Schema(implementation = OrganizationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only organizations in the subtree of this one (itself included).", example = "1")
            @QueryParam("within") Long within,
            @Valid @BeanParam PageQuery paging) {
        var search = new OrganizationRepository.Search(q,
                QueryParams.enumValue(OrganizationType.class, "type", type),
                QueryParams.enumValue(OrganizationStatus.class, "status", status), within);
        return service.search(search, paging);
    }

    @GET
    @Path("roots")
    @Operation(operationId = "listRootOrganizations", summary = "The top-level organizations")
    public List<OrganizationView> roots() {
        return service.roots();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganization", summary = "One organization, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The organization.",
            headers = @Header(name = "ETag", description = "The version, to send back in If-Match.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @GET
    @Path("{id}/children")
    @Operation(operationId = "listOrganizationChildren", summary = "The direct children of an organization")
    public List<OrganizationView> children(@PathParam("id") long id) {
        return service.children(id);
    }

    @GET
    @Path("{id}/subtree")
    @Operation(operationId = "listOrganizationSubtree",
            summary = "The whole subtree of an organization, flat and depth-first, each with its depth; paged")
    public OrganizationPage subtree(@PathParam("id") long id, @Valid @BeanParam PageQuery paging) {
        return service.subtree(id, paging);
    }

    @POST
    @Requires(Permission.ORGANIZATION_WRITE)
    @Operation(operationId = "createOrganization", summary = "Create an organization under a parent")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = {
                    @Header(name = "ETag", description = "The version, to send back in If-Match.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", description = "The new organization's address.",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response create(@Valid @NotNull OrganizationCreate body, @jakarta.ws.rs.core.Context UriInfo uri) {
        OrganizationView created = service.create(body);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return ETags.tagged(Response.created(location), created);
    }

    @PUT
    @Requires(Permission.ORGANIZATION_WRITE)
    @Path("{id}")
    @Operation(operationId = "updateOrganization", summary = "Update an organization (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response update(@PathParam("id") long id, @Parameter(description = IF_MATCH, required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull OrganizationUpdate body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }

    @POST
    @Requires(Permission.ORGANIZATION_WRITE)
    @Path("{id}/move")
    @Operation(operationId = "moveOrganization",
            summary = "Move an organization with its whole subtree under another parent (If-Match required)")
    @APIResponse(responseCode = "200", description = "Moved.",
            headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response move(@PathParam("id") long id, @Parameter(description = IF_MATCH, required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull OrganizationMove body) {
        return ETags.tagged(Response.ok(), service.move(id, ETags.expectedVersion(ifMatch), body));
    }

    @POST
    @Requires(Permission.ORGANIZATION_WRITE)
    @Path("{id}/dissolve")
    @Operation(operationId = "dissolveOrganization",
            summary = "Dissolve an organization that has no active children (If-Match required); nothing is deleted")
    @APIResponse(responseCode = "200", description = "Dissolved.",
            headers = @Header(name = "ETag", description = "The new version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response dissolve(@PathParam("id") long id, @Parameter(description = IF_MATCH, required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull OrganizationDissolution body) {
        return ETags.tagged(Response.ok(), service.dissolve(id, ETags.expectedVersion(ifMatch), body));
    }
}
