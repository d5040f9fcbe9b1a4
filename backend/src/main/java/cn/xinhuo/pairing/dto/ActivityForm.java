package cn.xinhuo.pairing.dto;

import cn.xinhuo.pairing.ActivityKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "ActivityForm", description = "What the pair did on a day.")
public record ActivityForm(
        @NotNull @Schema(example = "2016-04-20") LocalDate occurredOn,
        @NotNull ActivityKind kind,
        @NotNull @DecimalMin(value = "0.25") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        @Schema(example = "2.5") BigDecimal hours,
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 1)
        @Schema(nullable = true, example = "36") BigDecimal distanceKm,
        @Size(max = 1000) @Schema(nullable = true, example = "指导玉米春播，讲解选种和播种深度") String notes) {
}
