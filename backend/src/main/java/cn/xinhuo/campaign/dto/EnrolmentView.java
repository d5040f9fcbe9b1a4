package cn.xinhuo.campaign.dto;

import cn.xinhuo.campaign.EnrolmentStatus;
import cn.xinhuo.common.web.Versioned;
import cn.xinhuo.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Enrolment", description = "An organization in the campaign's ranks or planned for them, and whether it holds the title today.")
public record EnrolmentView(long id, long campaignId, long organizationId, String organizationName,
                            OrganizationType organizationType, int planYear, EnrolmentStatus status,
                            @Schema(nullable = true) LocalDate enrolledOn, @Schema(nullable = true) String note,
                            boolean holdsTitle, long version) implements Versioned {
}
