package cn.xinhuo.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @NotBlank @Size(max = 64) @Schema(example = "city-admin") String username,
        @NotBlank @Size(max = 200) @Schema(example = "Xinhuo@2016") String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]"; // never the password (L4)
    }
}
