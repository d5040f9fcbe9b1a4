package cn.xinhuo.leadership.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AppointmentPage", requiredProperties = {"items", "page", "size", "total"})
public record AppointmentPage(List<AppointmentView> items, int page, int size, long total) {
}
