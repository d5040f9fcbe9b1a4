package cn.xinhuo.audit.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AuditEventPage", requiredProperties = {"items", "page", "size", "total"})
public record AuditEventPage(List<AuditEventView> items, int page, int size, long total) {
}
