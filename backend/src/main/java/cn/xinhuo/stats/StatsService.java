package cn.xinhuo.stats;

import cn.xinhuo.assessment.AwardService;
import cn.xinhuo.assessment.PartyBuildingService;
import cn.xinhuo.common.persistence.ReplicaReadable;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.honor.HonorService;
import cn.xinhuo.leadership.LeadershipService;
import cn.xinhuo.organization.Organization;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.research.ResearchVisitService;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Scope;
import cn.xinhuo.stats.dto.ChildFigures;
import cn.xinhuo.stats.dto.StatsChildren;
import cn.xinhuo.stats.dto.StatsSummary;
import cn.xinhuo.stats.dto.StatsSummary.Count;
import cn.xinhuo.team.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The figures of a work report for one subtree and period, gathered from each feature's own
 * summary where it has one and counted here where it has not. Read-only: a replica may answer.
 */
@ApplicationScoped
@ReplicaReadable
@Transactional(TxType.SUPPORTS)
public class StatsService {

    private final StatsRepository stats;
    private final StatsRollups rollups;
    private final OrganizationRepository organizations;
    private final TeamService teams;
    private final HonorService honors;
    private final LeadershipService leadership;
    private final ResearchVisitService research;
    private final AwardService awards;
    private final PartyBuildingService partyBuilding;
    private final CurrentCaller caller;
    /** Off: every figure is counted, as before the rollups (to compare, or should a rollup be in doubt). */
    private final boolean useRollups;

    StatsService(StatsRepository stats, StatsRollups rollups, OrganizationRepository organizations, TeamService teams,
                 HonorService honors, LeadershipService leadership, ResearchVisitService research, AwardService awards,
                 PartyBuildingService partyBuilding, CurrentCaller caller,
                 @ConfigProperty(name = "xinhuo.stats.rollups", defaultValue = "true") boolean useRollups) {
        this.stats = stats;
        this.rollups = rollups;
        this.useRollups = useRollups;
        this.organizations = organizations;
        this.teams = teams;
        this.honors = honors;
        this.leadership = leadership;
        this.research = research;
        this.awards = awards;
        this.partyBuilding = partyBuilding;
        this.caller = caller;
    }

    public StatsSummary summary(Long organizationId, Period period) {
        Root subtree = root(organizationId);
        long root = subtree.id();
        var scope = caller.scope();
        Period previous = period.previous();

        Organization organization = organizations.findById(root);
        StatsRollups.Figures figures = useRollups && StatsRollups.answer(organization, period) ? rollups.read(root, period)
                : count(root, subtree.path(), period, scope);

        Map<String, List<Count>> register = figures.register();
        List<Count> activeNow = register.getOrDefault("activeResidence", List.of());
        List<Count> activeBefore = figures.registerBefore().getOrDefault("activeResidence", List.of());
        List<Count> netByResidence = activeNow.stream().map(c -> new Count(c.key(), c.count() - countOf(activeBefore, c.key()))).toList();
        var volunteers = new StatsSummary.Volunteers(sum(register.get("residence")), sum(activeNow),
                list(register, "residence"), list(register, "category"), list(register, "gender"), list(register, "ageBand"),
                list(register, "status"), sum(activeNow) - sum(activeBefore), netByResidence, figures.joined(), figures.left());

        Map<String, List<Count>> pairs = figures.pairs();
        var pairStats = new StatsSummary.Pairs(sum(pairs.get("type")), pairs.get("type"), pairs.get("status"), figures.activities(),
                figures.hours());

        return new StatsSummary(root, organization.name, view(period), view(previous), volunteers,
                figures.teams(), figures.models(), pairStats, figures.leadership(),
                stats.trainings(subtree.path(), period.from(), period.to()), research.summary(root, period.from(), period.to()),
                figures.fiveGood(), figures.party());
    }

    /**
     * The slow figures counted from the records, for a subtree without rollups or a period that does not end a
     * month: the reference the rollups must agree with.
     */
    public StatsRollups.Figures count(long root, Period period, Scope scope) {
        return count(root, organizations.visiblePath(root, scope).orElseThrow(() -> ProblemException.notFound("organization", root)),
                period, scope);
    }

    /** As {@link #count(long, Period, Scope)}, the subtree's path known (written into the SQL: the planner then sees how small it is). */
    private StatsRollups.Figures count(long root, String path, Period period, Scope scope) {
        Period previous = period.previous();
        long[] joinedLeft = stats.joinedAndLeft(path, period.from(), period.to(), scope);
        Object[] activities = stats.activities(path, period.from(), period.to(), scope);
        long[] spotChecks = stats.spotChecks(path, period.from(), period.to());
        var fiveGood = new StatsSummary.FiveGood(awards.rates(root, period.to()), spotChecks[1], spotChecks[0],
                stats.plannedFor(path, period.to().getYear()));
        int year = period.to().getYear();
        var branches = partyBuilding.counts(year, root);
        var party = new StatsSummary.PartyBuilding(year, branches.total(), branches.halfYearAssessed(), branches.halfYearPassed(),
                branches.passed() + branches.failed(), branches.passed(), branches.failed());
        return new StatsRollups.Figures(stats.register(path, period.to(), scope), stats.register(path, previous.to(), scope),
                joinedLeft[0], joinedLeft[1], stats.pairs(path, period.to(), scope), (Long) activities[0], (BigDecimal) activities[1],
                honors.summary(root, period.to()), teams.summary(root, period.to()), fiveGood, party,
                leadership.summary(root, period.from(), period.to()));
    }

    /**
     * The key figures of each direct child of the organization (default the caller's), for the drill-down. Those of
     * a child that keeps rollups come from them for a period of whole months.
     */
    public StatsChildren children(Long organizationId, Period period) {
        long root = root(organizationId).id();
        boolean rolledUp = useRollups && StatsRollups.wholeMonths(period);
        List<Object[]> rows = stats.children(root, period.from(), period.to(), caller.scope(), rolledUp);
        List<Long> fromRollups = rows.stream().filter(r -> r[1] == null).map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, long[]> rolled = fromRollups.isEmpty() ? Map.of() : rollups.children(fromRollups, period);
        List<ChildFigures> children = rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            long[] f = r[1] == null ? rolled.getOrDefault(id, new long[6])
                    : Arrays.stream(r, 1, 7).mapToLong(StatsService::number).toArray();
            return new ChildFigures(id, f[0], f[1], f[2], f[3], f[4], f[5]);
        }).toList();
        return new StatsChildren(root, view(period), children);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The root of the figures and its materialized path. */
    private record Root(long id, String path) {
    }

    /** The organization asked for, else the caller's own; one outside the caller's subtree is not there. */
    private Root root(Long organizationId) {
        Long root = organizationId != null ? organizationId : caller.scope().rootOrganizationId();
        if (root == null) {
            throw ProblemException.badField("orgId", "stats.organization-required");
        }
        return new Root(root, organizations.visiblePath(root, caller.scope())
                .orElseThrow(() -> ProblemException.notFound("organization", root)));
    }

    private static StatsSummary.PeriodView view(Period p) {
        return new StatsSummary.PeriodView(p.from(), p.to(), p.label());
    }

    private static List<Count> list(Map<String, List<Count>> counts, String key) {
        return counts.getOrDefault(key, List.of());
    }

    private static long sum(List<Count> counts) {
        return counts == null ? 0 : counts.stream().mapToLong(Count::count).sum();
    }

    private static long countOf(List<Count> counts, String key) {
        return counts.stream().filter(c -> c.key().equals(key)).mapToLong(Count::count).sum();
    }
}
