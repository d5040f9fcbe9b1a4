package cn.xinhuo.integration.dto;

import cn.xinhuo.integration.ApiKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyCreate", description = "A key for another system, bound to an organization subtree.")
public record ApiKeyCreate(
        @NotBlank @Size(max = 100) @Schema(example = "省关工委平台") String name,
        @NotNull(message = "{xinhuo.organization.required}") Long organizationId,
        @NotNull ApiKey.Access access) {
}
