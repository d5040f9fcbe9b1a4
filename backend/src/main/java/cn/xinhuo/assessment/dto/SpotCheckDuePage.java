package cn.xinhuo.assessment.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "SpotCheckDuePage", requiredProperties = {"items", "page", "size", "total"})
public record SpotCheckDuePage(List<SpotCheckDue> items, int page, int size, long total, int year, LocalDate asOf,
                               @Schema(description = "Holders with an overdue spot check, of all pages.") long overdue) {
}
