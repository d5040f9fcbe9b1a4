package cn.xinhuo.integration.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ApiKeyPage", requiredProperties = {"items", "page", "size", "total"})
public record ApiKeyPage(List<ApiKeyView> items, int page, int size, long total) {
}
