package cn.xinhuo.user.dto;

import cn.xinhuo.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(name = "UserUpdate", description = "Disabling an account ends its logins at once.")
public record UserUpdate(
        @NotBlank @Size(max = 100) String displayName,
        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "{xinhuo.mobile.pattern}") @Schema(nullable = true) String phone,
        @NotNull(message = "{xinhuo.organization.required}") Long organizationId,
        @NotEmpty(message = "{xinhuo.roles.required}") Set<@NotNull Role> roles,
        @NotNull Boolean enabled) {
}
