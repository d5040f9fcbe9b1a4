package cn.xinhuo.organization.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "OrganizationPage", description = "One page of organizations with the total count.",
        requiredProperties = {"items", "page", "size", "total"})
public record OrganizationPage(
        List<OrganizationView> items,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Number of matching organizations in all pages.", example = "95") long total) {
}
