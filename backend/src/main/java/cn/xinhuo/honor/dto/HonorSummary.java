package cn.xinhuo.honor.dto;

import cn.xinhuo.honor.HonorLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "HonorSummary", requiredProperties = {"models", "byLevel", "featuredInMedia"},
        description = "典型 within a subtree: people honoured (each counted once, at their highest level), and those covered by the media.")
public record HonorSummary(@Schema(example = "32") long models, List<ByLevel> byLevel,
                           @Schema(example = "10") long featuredInMedia) {

    @Schema(name = "HonorCount", requiredProperties = {"level", "people"})
    public record ByLevel(HonorLevel level, long people) {
    }
}
