package cn.xinhuo.honor.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "HonorPage", requiredProperties = {"items", "page", "size", "total"})
public record HonorPage(List<HonorView> items, int page, int size, long total) {
}
