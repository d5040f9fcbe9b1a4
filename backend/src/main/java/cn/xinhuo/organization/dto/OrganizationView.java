package cn.xinhuo.organization.dto;

import cn.xinhuo.organization.OrganizationStatus;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Organization", description = "A 关工 organization as read.",
        requiredProperties = {"id", "name", "type", "parentId", "regionCode", "address", "contact", "establishedOn",
                "status", "dissolvedOn", "dissolutionReason", "depth", "childCount", "version"})
public record OrganizationView(
        @Schema(example = "14") long id,
        @Schema(example = "兴安乡关工委") String name,
        OrganizationType type,
        @Schema(nullable = true, description = "Null for a top-level organization.", example = "1") Long parentId,
        @Schema(nullable = true, description = "统计用区划代码, 6–12 digits.", example = "231182203") String regionCode,
        @Schema(nullable = true) String address,
        @Schema(nullable = true) String contact,
        @Schema(nullable = true) LocalDate establishedOn,
        OrganizationStatus status,
        @Schema(nullable = true) LocalDate dissolvedOn,
        @Schema(nullable = true) String dissolutionReason,
        @Schema(description = "Depth in the whole tree; 0 for a top-level organization.", example = "1") int depth,
        @Schema(description = "Number of direct child organizations, dissolved ones included.", example = "9") long childCount,
        @Schema(description = "Optimistic-locking version, also sent as the ETag.", example = "0") long version) implements Versioned {
}
