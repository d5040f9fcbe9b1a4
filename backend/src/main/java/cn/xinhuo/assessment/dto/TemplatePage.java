package cn.xinhuo.assessment.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AssessmentTemplatePage", requiredProperties = {"items", "page", "size", "total"})
public record TemplatePage(List<TemplateView> items, int page, int size, long total) {
}
