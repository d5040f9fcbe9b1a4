package cn.xinhuo.pairing.dto;

import cn.xinhuo.pairing.PairStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "PairStatusChange")
public record PairStatusChangeView(long id, PairStatus status, LocalDate changedOn, @Schema(nullable = true) String reason,
                                   @Schema(nullable = true) String changedBy) {
}
