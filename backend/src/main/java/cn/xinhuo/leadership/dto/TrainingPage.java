package cn.xinhuo.leadership.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TrainingPage", requiredProperties = {"items", "page", "size", "total"})
public record TrainingPage(List<TrainingView> items, int page, int size, long total) {
}
