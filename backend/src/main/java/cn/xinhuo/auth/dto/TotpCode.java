package cn.xinhuo.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TotpCode")
public record TotpCode(@NotBlank @Pattern(regexp = "^\\d{6}$") @Schema(example = "123456") String code) {
}
