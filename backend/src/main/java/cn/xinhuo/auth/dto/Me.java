package cn.xinhuo.auth.dto;

import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(name = "Me", description = "The logged-in user, its scope and what it may do.",
        requiredProperties = {"id", "username", "displayName", "organizationId", "organizationName", "roles", "permissions",
                "scopeIsEverything", "mustChangePassword", "totpEnabled", "totpEnrolmentRequired"})
public record Me(
        long id,
        @Schema(example = "xingan-admin") String username,
        @Schema(example = "兴安乡管理员") String displayName,
        @Schema(description = "The organization the user belongs to; its subtree is the user's scope.") long organizationId,
        @Schema(example = "兴安乡关工委") String organizationName,
        Set<Role> roles,
        @Schema(description = "The functions the user's roles allow, for showing the menu.") Set<Permission> permissions,
        @Schema(description = "The user sees the whole installation (system administrator).") boolean scopeIsEverything,
        @Schema(description = "True until the initial or expired password is changed; until then only me, logout and change-password work.")
        boolean mustChangePassword,
        @Schema(description = "A second factor (TOTP) protects the login.") boolean totpEnabled,
        @Schema(description = "An administrator without a second factor where one is required (A3): until TOTP is enabled "
                + "only me, logout, change-password and the TOTP operations work.") boolean totpEnrolmentRequired) {
}
