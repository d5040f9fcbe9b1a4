package cn.xinhuo.campaign.dto;

import cn.xinhuo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Campaign", description = "A three-year plan of the 五好 campaign.")
public record CampaignView(long id, long organizationId, String organizationName, String name, int startYear, int endYear,
                           List<YearTarget> targets, long version) implements Versioned {
}
