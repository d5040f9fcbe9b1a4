package cn.xinhuo.integration.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyCreated", requiredProperties = {"key", "apiKey"},
        description = "The new key, shown this once: only its hash is kept. Send it as the X-API-Key header.")
public record ApiKeyCreated(String key, ApiKeyView apiKey) {
}
