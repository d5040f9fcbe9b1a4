package cn.xinhuo.organization.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationMove", description = "Moves an organization and its whole subtree under a new parent (撤乡并镇).")
public record OrganizationMove(@NotNull(message = "{xinhuo.parent.required}") @Schema(example = "3") Long parentId) {
}
