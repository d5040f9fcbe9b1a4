package cn.xinhuo.integration.dto;

import cn.xinhuo.integration.ApiKey;
import cn.xinhuo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "ApiKey", description = "An integration client's key, without the key itself.",
        requiredProperties = {"id", "name", "organizationId", "organizationName", "access", "keyPrefix", "createdAt",
                "createdBy", "lastUsedAt", "revokedAt", "version"})
public record ApiKeyView(
        long id,
        @Schema(example = "省关工委平台") String name,
        long organizationId,
        String organizationName,
        ApiKey.Access access,
        @Schema(description = "The first characters of the key, to recognise it.", example = "xh_Q2x9fA7") String keyPrefix,
        OffsetDateTime createdAt,
        @Schema(nullable = true) String createdBy,
        @Schema(nullable = true) OffsetDateTime lastUsedAt,
        @Schema(nullable = true) OffsetDateTime revokedAt,
        long version) implements Versioned {
}
