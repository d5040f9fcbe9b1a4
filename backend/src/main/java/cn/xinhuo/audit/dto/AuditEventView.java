package cn.xinhuo.audit.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Map;

@Schema(name = "AuditEvent", description = "One entry of the append-only audit trail: a security event or a change with its before and after.",
        requiredProperties = {"id", "occurredAt", "actor", "event", "objectType", "objectId", "outcome", "clientAddress",
                "before", "after", "detail"})
public record AuditEventView(
        long id,
        OffsetDateTime occurredAt,
        @Schema(nullable = true, example = "xingan-admin") String actor,
        @Schema(example = "ORGANIZATION_UPDATE") String event,
        @Schema(nullable = true, example = "organization") String objectType,
        @Schema(nullable = true, example = "14") String objectId,
        @Schema(enumeration = {"SUCCESS", "FAILURE"}) String outcome,
        @Schema(nullable = true) String clientAddress,
        @Schema(nullable = true, description = "The row before a change (secrets left out).") Map<String, Object> before,
        @Schema(nullable = true, description = "The row after a change (secrets left out).") Map<String, Object> after,
        @Schema(nullable = true) String detail) {
}
