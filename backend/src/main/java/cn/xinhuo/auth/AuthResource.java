package cn.xinhuo.auth;

import cn.xinhuo.auth.dto.LoginRequest;
import cn.xinhuo.auth.dto.LoginResponse;
import cn.xinhuo.auth.dto.Me;
import cn.xinhuo.auth.dto.PasswordChange;
import cn.xinhuo.auth.dto.TotpCode;
import cn.xinhuo.auth.dto.TotpDisable;
import cn.xinhuo.auth.dto.TotpSetup;
import cn.xinhuo.security.AuthenticatedOnly;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.PublicApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Login, logout, token refresh and password change.")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final LoginService logins;
    private final CurrentCaller caller;

    AuthResource(LoginService logins, CurrentCaller caller) {
        this.logins = logins;
        this.caller = caller;
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("login")
    @PublicApi
    @Operation(operationId = "login", summary = "Log in with username and password",
            description = "Unknown user, wrong password, disabled or locked account: the same 401. Five failures in a row "
                    + "lock the account for 15 minutes; too many attempts per address or username: 429.")
    @APIResponse(responseCode = "200", description = "Logged in.",
            content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized", description = "Refused; or, after a right password of an "
            + "account with a second factor and no totpCode, problem type urn:xinhuo:problem:totp-required.")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public LoginResponse login(@Valid @NotNull LoginRequest body) {
        return logins.login(body, caller.clientAddress());
    }

    @POST
    @Path("logout")
    @AuthenticatedOnly
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "logout", summary = "End this login; the token is refused from now on")
    @APIResponse(responseCode = "204", description = "Logged out.")
    public void logout() {
        logins.logout(caller.get(), caller.clientAddress());
    }

    @POST
    @Path("refresh")
    @AuthenticatedOnly
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "refreshToken",
            summary = "Exchange the token for a fresh one; the old one is revoked, the login's absolute end stays")
    public LoginResponse refresh() {
        return logins.refresh(caller.get(), caller.clientAddress());
    }

    @GET
    @Path("me")
    @AuthenticatedOnly
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "getMe", summary = "The logged-in user, its roles, permissions and scope")
    public Me me() {
        return logins.me(caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("change-password")
    @AuthenticatedOnly
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "changePassword",
            summary = "Change the own password (the current one is required); other logins of the user end")
    @APIResponse(responseCode = "204", description = "Changed.")
    public void changePassword(@Valid @NotNull PasswordChange body) {
        logins.changePassword(caller.get(), body, caller.clientAddress());
    }

    @POST
    @Path("totp/setup")
    @AuthenticatedOnly
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "setUpTotp",
            summary = "Start a second factor: a new TOTP secret for an authenticator app (shown once)")
    @APIResponse(responseCode = "200", description = "The secret.", content = @Content(schema = @Schema(implementation = TotpSetup.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TotpSetup setUpTotp() {
        return logins.setUpTotp(caller.get());
    }

    @POST
    @Path("totp/enable")
    @AuthenticatedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "enableTotp", summary = "Turn the second factor on with a code from the authenticator app")
    @APIResponse(responseCode = "200", description = "On.", content = @Content(schema = @Schema(implementation = Me.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Me enableTotp(@Valid @NotNull TotpCode body) {
        return logins.enableTotp(caller.get(), body, caller.clientAddress());
    }

    @POST
    @Path("totp/disable")
    @AuthenticatedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "disableTotp", summary = "Turn the second factor off (the current password is required)")
    public Me disableTotp(@Valid @NotNull TotpDisable body) {
        return logins.disableTotp(caller.get(), body, caller.clientAddress());
    }
}
