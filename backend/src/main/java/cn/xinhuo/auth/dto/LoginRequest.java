package cn.xinhuo.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @NotBlank @Size(max = 64) @Schema(example = "city-admin") String username,
        @NotBlank @Size(max = 200) @Schema(example = "Xinhuo@2016") String password,
        @Pattern(regexp = "^\\d{6}$")
        @Schema(nullable = true, description = "The authenticator code, for accounts with a second factor "
                + "(a login without it answers 401 totp-required).", example = "123456")
        String totpCode) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]"; // never the password (L4)
    }
}
