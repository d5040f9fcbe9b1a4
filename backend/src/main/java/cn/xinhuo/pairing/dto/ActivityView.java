package cn.xinhuo.pairing.dto;

import cn.xinhuo.pairing.ActivityKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(name = "Activity")
public record ActivityView(long id, long pairId, LocalDate occurredOn, ActivityKind kind, BigDecimal hours,
                           @Schema(nullable = true) BigDecimal distanceKm, @Schema(nullable = true) String notes,
                           @Schema(description = "The user who recorded it.") String recordedBy,
                           OffsetDateTime recordedAt) {
}
