package cn.xinhuo.user.dto;

import cn.xinhuo.security.Role;
import cn.xinhuo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Set;

@Schema(name = "User", description = "An account. The phone number is masked unless the caller may administer users.",
        requiredProperties = {"id", "username", "displayName", "phone", "organizationId", "organizationName", "roles",
                "enabled", "mustChangePassword", "totpEnabled", "failedAttempts", "lockedUntil", "lastLoginAt", "version"})
public record UserView(
        long id,
        @Schema(example = "xingan-admin") String username,
        @Schema(example = "兴安乡关工委管理员") String displayName,
        @Schema(nullable = true, example = "138****0000") String phone,
        long organizationId,
        @Schema(example = "兴安乡关工委") String organizationName,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        @Schema(description = "A second factor (TOTP) protects the login.") boolean totpEnabled,
        @Schema(description = "Failed logins in a row since the last success or lock.") int failedAttempts,
        @Schema(nullable = true, description = "Set while the account is locked after failed logins.") OffsetDateTime lockedUntil,
        @Schema(nullable = true) OffsetDateTime lastLoginAt,
        long version) implements Versioned {
}
