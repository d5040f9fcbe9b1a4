package cn.xinhuo.honor.dto;

import cn.xinhuo.common.web.Versioned;
import cn.xinhuo.honor.HonorLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Honor", description = "A commendation of a 五老 (典型).",
        requiredProperties = {"id", "volunteerId", "volunteerName", "organizationName", "level", "title", "awardedOn",
                "issuer", "story", "version"})
public record HonorView(long id, long volunteerId, String volunteerName, String organizationName, HonorLevel level,
                        @Schema(example = "优秀五老") String title, LocalDate awardedOn,
                        @Schema(nullable = true, example = "中共五大连池市委、市政府") String issuer,
                        @Schema(nullable = true) String story, long version) implements Versioned {
}
