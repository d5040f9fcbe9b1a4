package cn.xinhuo.auth.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "LoginResponse", description = "A bearer token for the Authorization header, and who it belongs to.",
        requiredProperties = {"accessToken", "tokenType", "expiresAt", "idleTimeoutSeconds", "user"})
public record LoginResponse(
        @Schema(description = "Send as `Authorization: Bearer <accessToken>`.") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "The absolute end of this login; refreshing does not extend it.") Instant expiresAt,
        @Schema(description = "A token unused this long expires.", example = "1800") long idleTimeoutSeconds,
        Me user) {
}
