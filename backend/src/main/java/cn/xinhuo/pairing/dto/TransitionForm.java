package cn.xinhuo.pairing.dto;

import cn.xinhuo.pairing.PairOutcome;
import cn.xinhuo.pairing.PairStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "PairTransition", description = "A step of the lifecycle: ACTIVE, PAUSED, COMPLETED (with outcomes) or ENDED (with a reason).")
public record TransitionForm(
        @NotNull PairStatus status,
        @NotNull @PastOrPresent LocalDate on,
        @Size(max = 500) @Schema(nullable = true, example = "帮扶对象外出务工") String reason,
        @Schema(nullable = true) List<@NotNull PairOutcome> outcomes,
        @Size(max = 500) @Schema(nullable = true) String outcomeNote) {
}
