package cn.xinhuo.honor.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MediaCoverage", requiredProperties = {"id", "volunteerId", "volunteerName", "outlet", "coveredOn", "title"})
public record CoverageView(long id, long volunteerId, String volunteerName, @Schema(example = "五大连池市电视台") String outlet,
                           LocalDate coveredOn, String title) {
}
