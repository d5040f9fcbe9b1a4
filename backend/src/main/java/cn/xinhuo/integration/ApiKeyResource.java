package cn.xinhuo.integration;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.integration.dto.ApiKeyCreate;
import cn.xinhuo.integration.dto.ApiKeyCreated;
import cn.xinhuo.integration.dto.ApiKeyPage;
import cn.xinhuo.integration.dto.ApiKeyView;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/api-keys")
@Tag(name = "Integration clients", description = "API keys for other systems, bound to an organization subtree.")
@SecurityRequirement(name = "bearerAuth")
@Requires(Permission.API_KEY_MANAGE)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService service;

    ApiKeyResource(ApiKeyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchApiKeys", summary = "The API keys of the caller's subtree, newest first; paged")
    public ApiKeyPage search(
            @Parameter(description = "Only keys bound inside the subtree of this organization.")
            @QueryParam("organizationId") Long organizationId,
            @Valid @BeanParam PageQuery paging) {
        return service.search(organizationId, paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key; the key is in this answer only")
    @APIResponse(responseCode = "201", description = "Created; store the key now.",
            content = @Content(schema = @Schema(implementation = ApiKeyCreated.class)))
    public Response create(@Valid @NotNull ApiKeyCreate body) {
        return Response.status(Response.Status.CREATED).entity(service.create(body)).build();
    }

    @POST
    @Path("{id}/revoke")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key at once (If-Match required)")
    @APIResponse(responseCode = "200", description = "Revoked.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ApiKeyView.class)))
    public Response revoke(@PathParam("id") long id,
                           @Parameter(description = "The version of the key as listed, e.g. \"0\".", required = true)
                           @HeaderParam("If-Match") String ifMatch) {
        return ETags.tagged(Response.ok(), service.revoke(id, ETags.expectedVersion(ifMatch)));
    }
}
