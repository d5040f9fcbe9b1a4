package cn.xinhuo.campaign.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EnrolmentPage", requiredProperties = {"items", "page", "size", "total"})
public record EnrolmentPage(List<EnrolmentView> items, int page, int size, long total) {
}
