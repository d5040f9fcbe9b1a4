package cn.xinhuo.volunteer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "VolunteerPage", requiredProperties = {"items", "page", "size", "total"})
public record VolunteerPage(List<VolunteerView> items, int page, int size, long total) {
}
