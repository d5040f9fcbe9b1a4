package cn.xinhuo.pairing.dto;

import cn.xinhuo.pairing.PairType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PairUpdate", description = "What may change on a pair; its people and status change otherwise.")
public record PairUpdate(
        @NotNull PairType type,
        @Size(max = 1000) @Schema(nullable = true) String goals,
        @NotNull LocalDate startedOn,
        @Schema(nullable = true) LocalDate plannedEndOn) {
}
