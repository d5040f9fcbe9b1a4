package cn.xinhuo.organization.dto;

import cn.xinhuo.organization.OrganizationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "OrganizationUpdate",
        description = "The editable fields; the parent changes only by a move, the status only by dissolving.")
public record OrganizationUpdate(
        @NotBlank @Size(max = 100) @Schema(example = "钟山村关工小组") String name,
        @NotNull(message = "{xinhuo.organization-type.required}") OrganizationType type,
        @Pattern(regexp = "^[0-9]{6,12}$", message = "{xinhuo.region-code.pattern}") @Schema(nullable = true) String regionCode,
        @Size(max = 200) @Schema(nullable = true) String address,
        @Size(max = 100) @Schema(nullable = true) String contact,
        @PastOrPresent @Schema(nullable = true) LocalDate establishedOn) {
}
