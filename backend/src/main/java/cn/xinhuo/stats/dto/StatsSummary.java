package cn.xinhuo.stats.dto;

import cn.xinhuo.assessment.dto.AwardRates;
import cn.xinhuo.honor.dto.HonorSummary;
import cn.xinhuo.leadership.dto.LeadershipSummary;
import cn.xinhuo.research.dto.ResearchSummary;
import cn.xinhuo.team.dto.TeamSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "StatsSummary", description = "Every figure of the half-year or annual work report for a subtree and period, computed from "
        + "the records: the register, teams, models and pairs as they stood on the period's last day; the rest within the period.")
public record StatsSummary(long organizationId, String organizationName, PeriodView period, PeriodView previousPeriod,
                           Volunteers volunteers, TeamSummary teams, HonorSummary models, Pairs pairs,
                           LeadershipSummary leadership, @Schema(description = "Training classes held within the period.") long trainings,
                           ResearchSummary research, FiveGood fiveGood, PartyBuilding partyBuilding) {

    @Schema(name = "StatsPeriod")
    public record PeriodView(LocalDate from, LocalDate to, String label) {
    }

    /** A count under a key: an enum's name (RURAL, VETERAN_TEACHER, 60-69 …). */
    @Schema(name = "StatsCount")
    public record Count(String key, long count) {
    }

    @Schema(name = "StatsVolunteers", description = "The register on the period's last day; net change of active 五老 against the "
            + "previous period's last day, in all and by residence.")
    public record Volunteers(long registered, long active, List<Count> byResidence, List<Count> byCategory, List<Count> byGender,
                             List<Count> byAgeBand, List<Count> byStatus, long activeNetChange, List<Count> activeNetChangeByResidence,
                             long joined, long left) {
    }

    @Schema(name = "StatsPairs", description = "Pairs begun by the period's last day, by type and their status on it; activities and their hours within the period.")
    public record Pairs(long pairs, List<Count> byType, List<Count> byStatus, long activities, BigDecimal hours) {
    }

    @Schema(name = "StatsFiveGood", description = "The 五好 campaign on the period's last day, the city's spot-check rounds (days "
            + "with spot checks) within the period, and the organizations planned for the period's year.")
    public record FiveGood(AwardRates rates, long spotCheckRounds, long spotChecks, long plannedForYear) {
    }

    @Schema(name = "StatsPartyBuilding", description = "党建带关工 results (confirmed) of the period's year.")
    public record PartyBuilding(int year, long branches, long halfYearAssessed, long halfYearPassed, long yearEndAssessed,
                                long yearEndPassed, long yearEndFailed) {
    }
}
