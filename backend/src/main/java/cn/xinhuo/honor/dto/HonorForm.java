package cn.xinhuo.honor.dto;

import cn.xinhuo.honor.HonorLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "HonorForm")
public record HonorForm(
        @NotNull Long volunteerId,
        @NotNull HonorLevel level,
        @NotBlank @Size(max = 100) String title,
        @NotNull @PastOrPresent LocalDate awardedOn,
        @Size(max = 100) @Schema(nullable = true) String issuer,
        @Size(max = 4000) @Schema(nullable = true) String story) {
}
