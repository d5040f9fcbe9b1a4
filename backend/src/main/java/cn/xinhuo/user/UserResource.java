package cn.xinhuo.user;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import cn.xinhuo.security.Role;
import cn.xinhuo.user.dto.PasswordReset;
import cn.xinhuo.user.dto.UserCreate;
import cn.xinhuo.user.dto.UserPage;
import cn.xinhuo.user.dto.UserUpdate;
import cn.xinhuo.user.dto.UserView;
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

@Path("/api/v1/users")
@Tag(name = "Users", description = "Accounts inside the caller's organization subtree.")
@SecurityRequirement(name = "bearerAuth")
@Requires(Permission.USER_READ)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private static final String IF_MATCH = "The ETag read with the user; stale → 412, missing → 428.";

    private final UserService service;

    UserResource(UserService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchUsers", summary = "Search users by name, organization subtree, role and state; paged")
    public UserPage search(
            @Parameter(description = "Part of the username or display name.") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Only users in the subtree of this organization.") @QueryParam("organizationId") Long organizationId,
            @Parameter(schema = @Schema(implementation = Role.class)) @QueryParam("role") String role,
            @QueryParam("enabled") Boolean enabled,
            @Valid @BeanParam PageQuery paging) {
        Role parsed = QueryParams.enumValue(Role.class, "role", role);
        return service.search(new UserRepository.Search(q, organizationId, parsed == null ? null : parsed.name(), enabled),
                paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "One user, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The user.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Requires(Permission.USER_WRITE)
    @Operation(operationId = "createUser", summary = "Create a user inside the caller's scope, never above the caller's role")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response create(@Valid @NotNull UserCreate body, @Context UriInfo uri) {
        UserView created = service.create(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("{id}")
    @Requires(Permission.USER_WRITE)
    @Operation(operationId = "updateUser", summary = "Update a user (If-Match required); disabling ends its logins at once")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull UserUpdate body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("{id}/reset-password")
    @Requires(Permission.USER_WRITE)
    @Operation(operationId = "resetUserPassword",
            summary = "Set a temporary password (If-Match required); the user's logins end and it must change it")
    @APIResponse(responseCode = "200", description = "Reset.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response resetPassword(@PathParam("id") long id,
                                  @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                                  @Valid @NotNull PasswordReset body) {
        return ETags.tagged(Response.ok(), service.resetPassword(id, ETags.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("{id}/reset-totp")
    @Requires(Permission.USER_WRITE)
    @Operation(operationId = "resetUserTotp",
            summary = "Turn off a user's second factor, e.g. for a lost authenticator (If-Match required; audited)")
    @APIResponse(responseCode = "200", description = "Reset.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response resetTotp(@PathParam("id") long id,
                              @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return ETags.tagged(Response.ok(), service.resetTotp(id, ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/unlock")
    @Requires(Permission.USER_WRITE)
    @Operation(operationId = "unlockUser", summary = "Lift a lock after failed logins (If-Match required)")
    @APIResponse(responseCode = "200", description = "Unlocked.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response unlock(@PathParam("id") long id,
                           @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return ETags.tagged(Response.ok(), service.unlock(id, ETags.expectedVersion(ifMatch)));
    }
}
