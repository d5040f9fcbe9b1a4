package cn.xinhuo.assessment.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AwardPage", requiredProperties = {"items", "page", "size", "total"})
public record AwardPage(List<AwardView> items, int page, int size, long total) {
}
