package cn.xinhuo.pairing.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PairPage", requiredProperties = {"items", "page", "size", "total"})
public record PairPage(List<PairView> items, int page, int size, long total) {
}
