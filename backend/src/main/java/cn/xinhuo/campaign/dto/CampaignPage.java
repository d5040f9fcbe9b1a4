package cn.xinhuo.campaign.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CampaignPage", requiredProperties = {"items", "page", "size", "total"})
public record CampaignPage(List<CampaignView> items, int page, int size, long total) {
}
