package cn.xinhuo.assessment.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PartyBuildingPage", requiredProperties = {"items", "page", "size", "total"})
public record PartyBuildingPage(List<PartyBuildingResult> items, int page, int size, long total, int year,
                                @Schema(description = "Branches whose year-end result passed, of all pages.") long passed,
                                @Schema(description = "Branches whose year-end result failed (not eligible for 先进党支部).") long failed,
                                @Schema(description = "Branches without a confirmed year-end result yet.") long pending,
                                @Schema(description = "Branches with a confirmed half-year result.") long halfYearAssessed,
                                @Schema(description = "Of those, passed.") long halfYearPassed) {
}
