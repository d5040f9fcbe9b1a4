package cn.xinhuo.research.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ResearchVisitPage", requiredProperties = {"items", "page", "size", "total"})
public record ResearchVisitPage(List<ResearchVisitView> items, int page, int size, long total) {
}
