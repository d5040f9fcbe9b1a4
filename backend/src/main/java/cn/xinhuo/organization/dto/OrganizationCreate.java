package cn.xinhuo.organization.dto;

import cn.xinhuo.organization.OrganizationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "OrganizationCreate", description = "A new organization under a parent.")
public record OrganizationCreate(
        @NotBlank @Size(max = 100) @Schema(example = "钟山村关工小组") String name,
        @NotNull(message = "{xinhuo.organization-type.required}") OrganizationType type,
        @Schema(nullable = true, description = "Required for every type but a top-level committee.", example = "14")
        Long parentId,
        @Pattern(regexp = "^[0-9]{6,12}$", message = "{xinhuo.region-code.pattern}") @Schema(nullable = true, example = "231182203201") String regionCode,
        @Size(max = 200) @Schema(nullable = true) String address,
        @Size(max = 100) @Schema(nullable = true) String contact,
        @PastOrPresent @Schema(nullable = true, example = "2009-05-01") LocalDate establishedOn) {
}
