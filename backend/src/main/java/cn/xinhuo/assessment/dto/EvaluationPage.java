package cn.xinhuo.assessment.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EvaluationPage", requiredProperties = {"items", "page", "size", "total"})
public record EvaluationPage(List<EvaluationView> items, int page, int size, long total) {
}
