package cn.xinhuo.pairing.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ActivityPage", requiredProperties = {"items", "page", "size", "total"})
public record ActivityPage(List<ActivityView> items, int page, int size, long total) {
}
