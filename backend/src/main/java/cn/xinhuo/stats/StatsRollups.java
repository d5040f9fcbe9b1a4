package cn.xinhuo.stats;

import cn.xinhuo.assessment.dto.AwardRates;
import cn.xinhuo.honor.HonorLevel;
import cn.xinhuo.honor.dto.HonorSummary;
import cn.xinhuo.leadership.LeaderRole;
import cn.xinhuo.leadership.dto.LeadershipSummary;
import cn.xinhuo.organization.Organization;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.stats.dto.StatsSummary;
import cn.xinhuo.stats.dto.StatsSummary.Count;
import cn.xinhuo.team.TeamType;
import cn.xinhuo.team.dto.TeamSummary;
import cn.xinhuo.volunteer.VolunteerCategory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dashboard's slow figures read from the rollups of V17 and V18 (kept by triggers) instead of counted:
 * the register on the period's last day and the previous period's, joined and left, pairs by type and status,
 * activities and hours, the models (典型) by level and in the media, the teams and their members on the
 * period's last day (V18). The rows are changes per month, so the figures are exact on a month's last day:
 * a period of whole months (every named one) is read from them, any other is counted
 * ({@link StatsRepository}, which stays the reference the rollups are tested against).
 */
@ApplicationScoped
public class StatsRollups {

    /** The 五好 figures of V22, in the order {@link #read} keeps them per organization type. */
    private static final List<String> FIVE_GOOD = List.of("fiveGoodOrg", "fiveGoodEnrolled", "fiveGoodHolds", "fiveGoodWarned",
            "fiveGoodRevoked");
    /** The leadership figures of V22, in the order {@link #read} keeps them per role: the role has seats, then within the period. */
    private static final List<String> SEATS = List.of("seat", "appointed", "seatEnded", "appointedTrained");
    private static final Set<String> CATEGORIES = Arrays.stream(VolunteerCategory.values()).map(Enum::name).collect(Collectors.toSet());

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    StatsRollups(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * The figures of one subtree and period, as {@link StatsRepository} and the features count them: the people's
     * (V17, V18) and the organizations' (V22: the 五好 campaign, spot checks, the planned, 党建带关工, the leadership teams).
     */
    public record Figures(Map<String, List<Count>> register, Map<String, List<Count>> registerBefore, long joined, long left,
                          Map<String, List<Count>> pairs, long activities, BigDecimal hours, HonorSummary models, TeamSummary teams,
                          StatsSummary.FiveGood fiveGood, StatsSummary.PartyBuilding party, LeadershipSummary leadership) {
    }

    /**
     * Whether the rollups answer: the organization keeps them (a committee, the townships' included) and the
     * period is of whole months, so its last day, the previous period's and the day before it starts all end a
     * month. The caller's scope needs no check: a visible organization's subtree lies inside it.
     */
    public static boolean answer(Organization organization, Period period) {
        return keeps(organization.type) && wholeMonths(period);
    }

    /** The organizations that keep rollups: as V23's {@code stats_rolled_up}. The groups are counted. */
    public static boolean keeps(OrganizationType type) {
        return type == OrganizationType.CITY_COMMITTEE || type == OrganizationType.TOWNSHIP_COMMITTEE;
    }

    /** From a month's first day to a month's last. */
    public static boolean wholeMonths(Period period) {
        return period.from().getDayOfMonth() == 1 && period.to().plusDays(1).getDayOfMonth() == 1;
    }

    /**
     * For children that keep rollups, in one statement: registered and active 五老, teams, active pairs on the
     * period's last day, activities within the period, organizations holding the 五好 title on the last day —
     * {volunteers, active, teams, activePairs, activities, fiveGoodHolders} by organization.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, long[]> children(List<Long> organizations, Period period) {
        List<Object[]> rows = em.createNativeQuery("select organization_id,"
                        + " coalesce(sum(count) filter (where figure = 'residence'), 0),"
                        + " coalesce(sum(count) filter (where figure = 'activeResidence'), 0),"
                        + " coalesce(sum(count) filter (where figure = 'team'), 0),"
                        + " coalesce(sum(count) filter (where figure = 'pairStatus' and value = 'ACTIVE'), 0),"
                        + " coalesce(sum(count) filter (where figure = 'activity' and month >= :from), 0),"
                        + " coalesce(sum(count) filter (where figure = 'fiveGoodHolds'), 0)"
                        + " from (select organization_id, figure, value, month, count from stats_rollup"
                        + "       where organization_id in (:ids) and month <= :to"
                        + "       union all select organization_id, figure, value, month, count from stats_rollup_pending"
                        + "       where organization_id in (:ids) and month <= :to) r"
                        + " where figure in ('residence', 'activeResidence', 'team', 'pairStatus', 'activity', 'fiveGoodHolds')"
                        + " group by organization_id")
                .setParameter("ids", organizations).setParameter("to", month(period.to())).setParameter("from", month(period.from()))
                .getResultList();
        Map<Long, long[]> figures = new LinkedHashMap<>();
        for (Object[] row : rows) {
            figures.put(((Number) row[0]).longValue(),
                    Arrays.stream(row, 1, 7).mapToLong(x -> ((Number) x).longValue()).toArray());
        }
        return figures;
    }

    /** In one statement: every figure's sum up to each day that matters, over the folded and the pending rows. */
    @SuppressWarnings("unchecked")
    public Figures read(long root, Period period) {
        LocalDate to = month(period.to());
        LocalDate before = month(period.from().minusDays(1));
        LocalDate from = month(period.from());
        List<Object[]> rows = em.createNativeQuery("select figure, value,"
                        + " coalesce(sum(count), 0), coalesce(sum(count) filter (where month <= :before), 0),"
                        + " coalesce(sum(count) filter (where month >= :from), 0), coalesce(sum(amount) filter (where month >= :from), 0)"
                        + " from (select figure, value, month, count, amount from stats_rollup where organization_id = :root and month <= :to"
                        + "       union all select figure, value, month, count, amount from stats_rollup_pending"
                        + "       where organization_id = :root and month <= :to) r group by figure, value")
                .setParameter("root", root).setParameter("to", to).setParameter("before", before).setParameter("from", from)
                .getResultList();
        Map<String, List<Count>> register = new LinkedHashMap<>();
        Map<String, List<Count>> registerBefore = new LinkedHashMap<>();
        Map<String, List<Count>> pairs = new LinkedHashMap<>(Map.of("type", new ArrayList<>(), "status", new ArrayList<>()));
        long joined = 0;
        long left = 0;
        long activities = 0;
        BigDecimal hours = BigDecimal.ZERO;
        Map<HonorLevel, Long> byLevel = new EnumMap<>(HonorLevel.class);
        long featured = 0;
        Map<String, long[]> teams = new java.util.TreeMap<>(); // by the type's name, as the counting orders them
        // {present, enrolled, holds, warned, revoked} by organization type
        Map<OrganizationType, long[]> fiveGood = new EnumMap<>(OrganizationType.class);
        long spotChecks = 0;
        long spotCheckRounds = 0;
        long planned = 0;
        int year = period.to().getYear();
        Map<String, Long> party = new HashMap<>();
        // {has seats, appointed, ended, trained} by role, in the roles' names' order as the counting's
        Map<String, long[]> seats = new java.util.TreeMap<>();
        for (Object[] row : rows) {
            String figure = (String) row[0];
            String value = (String) row[1];
            long onTo = ((Number) row[2]).longValue();
            long onBefore = ((Number) row[3]).longValue();
            long within = ((Number) row[4]).longValue();
            switch (figure) {
                case "joined" -> joined = within;
                case "left" -> left = within;
                case "activity" -> {
                    activities = within;
                    // the counting's coalesce(sum(hours), 0): 0 without activities, else the sum of numeric(5, 2)
                    hours = within == 0 ? BigDecimal.ZERO : (BigDecimal) row[5];
                }
                case "model" -> {
                    if (onTo != 0) {
                        byLevel.put(HonorLevel.valueOf(value), onTo);
                    }
                }
                case "featured" -> featured = onTo;
                case "team" -> teams.computeIfAbsent(value, k -> new long[2])[0] = onTo;
                case "teamMember" -> teams.computeIfAbsent(value, k -> new long[2])[1] = onTo;
                case "pairType" -> add(pairs, "type", value, onTo);
                case "pairStatus" -> add(pairs, "status", value, onTo);
                case "fiveGoodOrg", "fiveGoodEnrolled", "fiveGoodHolds", "fiveGoodWarned", "fiveGoodRevoked" ->
                        fiveGood.computeIfAbsent(OrganizationType.valueOf(value), k -> new long[5])[FIVE_GOOD.indexOf(figure)] = onTo;
                case "spotCheck" -> {
                    spotChecks += within;
                    spotCheckRounds += within != 0 ? 1 : 0;
                }
                case "planned" -> planned += value.equals(String.valueOf(year)) ? onTo : 0;
                case "branch" -> party.put("", onTo);
                case "seat", "appointed", "seatEnded", "appointedTrained" ->
                        seats.computeIfAbsent(value, k -> new long[4])[SEATS.indexOf(figure)] = figure.equals("seat") ? onTo : within;
                case "partyBuilding" -> {
                    if (value.startsWith(year + ":")) {
                        party.put(value.substring(value.indexOf(':') + 1), onTo);
                    }
                }
                case "category" -> {
                    if (CATEGORIES.contains(value)) {
                        add(register, figure, value, onTo);
                        add(registerBefore, figure, value, onBefore);
                    }
                }
                default -> {
                    add(register, figure, value, onTo);
                    add(registerBefore, figure, value, onBefore);
                }
            }
        }
        sort(register);
        sort(registerBefore);
        sort(pairs);
        // as HonorService.summary: by level in the levels' order, each person once
        List<HonorSummary.ByLevel> levels = byLevel.entrySet().stream().map(e -> new HonorSummary.ByLevel(e.getKey(), e.getValue())).toList();
        HonorSummary models = new HonorSummary(levels.stream().mapToLong(HonorSummary.ByLevel::people).sum(), levels, featured);
        // as TeamService.summary: the types with a team established by the day
        List<TeamSummary.ByType> byType = teams.entrySet().stream().filter(e -> e.getValue()[0] != 0)
                .map(e -> new TeamSummary.ByType(TeamType.valueOf(e.getKey()), e.getValue()[0], e.getValue()[1])).toList();
        TeamSummary teamSummary = new TeamSummary(byType.stream().mapToLong(TeamSummary.ByType::teams).sum(),
                byType.stream().mapToLong(TeamSummary.ByType::members).sum(), byType);
        // as AwardService.rates: a row per type with an organization enrolled or with award events, in the types' order
        List<AwardRates.Row> rates = fiveGood.entrySet().stream().filter(e -> e.getValue()[0] != 0)
                .map(e -> AwardRates.Row.of(e.getKey(), e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();
        var fiveGoodFigures = new StatsSummary.FiveGood(new AwardRates(period.to(), rates), spotCheckRounds, spotChecks, planned);
        long yearEnd = party.getOrDefault("yearEnd", 0L);
        var partyBuilding = new StatsSummary.PartyBuilding(year, party.getOrDefault("", 0L), party.getOrDefault("halfYear", 0L),
                party.getOrDefault("halfYearPassed", 0L), yearEnd, party.getOrDefault("yearEndPassed", 0L),
                party.getOrDefault("yearEndFailed", 0L));
        // as LeadershipService.summary: the roles the subtree has seats of
        var leadership = LeadershipSummary.of(period.from(), period.to(), seats.entrySet().stream().filter(e -> e.getValue()[0] != 0)
                .map(e -> new LeadershipSummary.ByRole(LeaderRole.valueOf(e.getKey()), e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList());
        return new Figures(register, registerBefore, joined, left, pairs, activities, hours, models, teamSummary, fiveGoodFigures,
                partyBuilding, leadership);
    }

    /**
     * Folds the pending rows into the rollups now and then, so a read sums few of them. Plain JDBC rather than
     * Hibernate: it is bookkeeping, not a statement of any request.
     */
    @Scheduled(every = "${xinhuo.stats.rollup-compaction-every:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compact() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select stats_rollup_compact()");
        }
    }

    private static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /** Like the counting's groups: only what counts more than nothing. */
    private static void add(Map<String, List<Count>> counts, String dimension, String key, long count) {
        if (count != 0) {
            counts.computeIfAbsent(dimension, k -> new ArrayList<>()).add(new Count(key, count));
        }
    }

    private static void sort(Map<String, List<Count>> counts) {
        counts.values().forEach(list -> list.sort(Comparator.comparing(Count::key)));
    }
}
