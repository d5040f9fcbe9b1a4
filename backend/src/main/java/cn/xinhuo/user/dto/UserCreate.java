package cn.xinhuo.user.dto;

import cn.xinhuo.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(name = "UserCreate", description = "A new account inside the caller's scope; it must change the initial password at first login.")
public record UserCreate(
        @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$", message = "{xinhuo.username.pattern}") @Schema(example = "zhongshan-leader") String username,
        @NotBlank @Size(max = 100) @Schema(example = "钟山村关工小组组长") String displayName,
        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "{xinhuo.mobile.pattern}") @Schema(nullable = true, example = "13800000000") String phone,
        @NotNull(message = "{xinhuo.organization.required}") Long organizationId,
        @NotEmpty(message = "{xinhuo.roles.required}") Set<@NotNull Role> roles,
        @NotBlank @Size(max = 200) @Schema(description = "Checked by the password policy.") String initialPassword) {

    @Override
    public String toString() {
        return "UserCreate[username=" + username + "]"; // never the password (L4)
    }
}
