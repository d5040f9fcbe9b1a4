package cn.xinhuo.volunteer;

import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.honor.HonorLevel;
import cn.xinhuo.team.TeamType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The register's filters, shared by the list and its export so both always select the same people. */
public class VolunteerFilter {

    @QueryParam("q")
    @Size(max = 50)
    @Parameter(description = "Part of the name, or pinyin initials (zyx finds 张永新).")
    public String q;

    @QueryParam("category")
    @Parameter(schema = @Schema(implementation = VolunteerCategory.class))
    public String category;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = VolunteerStatus.class))
    public String status;

    @QueryParam("residence")
    @Parameter(schema = @Schema(implementation = Residence.class))
    public String residence;

    @QueryParam("minAge")
    @Min(0)
    @Max(150)
    public Integer minAge;

    @QueryParam("maxAge")
    @Min(0)
    @Max(150)
    public Integer maxAge;

    @QueryParam("within")
    @Parameter(description = "Only volunteers in the subtree of this organization.")
    public Long within;

    @QueryParam("teamId")
    @Parameter(description = "Only current members of this team.")
    public Long teamId;

    @QueryParam("teamType")
    @Parameter(description = "Only current members of a team of this type.", schema = @Schema(implementation = TeamType.class))
    public String teamType;

    @QueryParam("honorLevel")
    @Parameter(description = "Only volunteers honoured at this level.", schema = @Schema(implementation = HonorLevel.class))
    public String honorLevel;

    @QueryParam("honored")
    @Parameter(description = "true: only volunteers with an honour (典型); false: only those without.")
    public Boolean honored;

    public VolunteerRepository.Search toSearch() {
        return new VolunteerRepository.Search(q, QueryParams.enumValue(VolunteerCategory.class, "category", category),
                QueryParams.enumValue(VolunteerStatus.class, "status", status),
                QueryParams.enumValue(Residence.class, "residence", residence), minAge, maxAge, within, teamId,
                QueryParams.enumValue(TeamType.class, "teamType", teamType) == null ? null : teamType.trim(),
                QueryParams.enumValue(HonorLevel.class, "honorLevel", honorLevel) == null ? null : honorLevel.trim(),
                honored);
    }
}
