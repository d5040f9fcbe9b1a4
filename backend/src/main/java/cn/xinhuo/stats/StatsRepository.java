package cn.xinhuo.stats;

import cn.xinhuo.assessment.TitleSql;
import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.security.Scope;
import cn.xinhuo.stats.dto.StatsSummary.Count;
import cn.xinhuo.volunteer.VolunteerCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counting queries of the statistics that no feature's own summary answers; each one statement. Those that
 * take the subtree's path rather than its root's id write it into the statement ({@link ScopeSql#subtree}); the
 * root is visible, so its subtree lies inside the caller's scope.
 */
@ApplicationScoped
public class StatsRepository {

    private final EntityManager em;

    StatsRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A volunteer's ({@code v}) status on the day {@code :on}: the status it has now, unless a change is dated
     * after the day; then its last change up to the day, else active. One index probe per person (2 ms for a
     * township of the nation): gathering first everyone changed since the day read 800,000 people of the
     * nation for a township of 300. Subtrees with rollups (the committees) do not count people at all.
     */
    private static final String STATUS_ON = "case when exists (select 1 from volunteer_status_change x where x.volunteer_id = v.id"
            + " and x.changed_on > :on) then coalesce((select c.status from volunteer_status_change c where c.volunteer_id = v.id"
            + " and c.changed_on <= :on order by c.changed_on desc, c.id desc limit 1), 'ACTIVE') else v.status end";
    /** On the register by the day {@code :on}. */
    private static final String REGISTERED_BY = " coalesce(v.joined_on, cast(v.created_at as date)) <= :on";
    /** A pair's ({@code p}) status on the day {@code :on}; null before it began. */
    private static final String PAIR_STATUS_ON = "(select c.status from pair_status_change c where c.pair_id = p.id"
            + " and c.changed_on <= :on order by c.changed_on desc, c.id desc limit 1)";

    /**
     * The register on a day, counted by dimension (residence, category, gender, ageBand, status, and the active
     * by residence), in one pass over the people: grouping sets, and a filtered count per category.
     */
    @SuppressWarnings("unchecked")
    public Map<String, List<Count>> register(String path, LocalDate on, Scope scope) {
        String age = "extract(year from age(cast(:on as date), v.birth_date))";
        String band = "case when " + age + " < 50 then 'UNDER_50' when " + age + " < 60 then '50_59' when " + age + " < 70 then '60_69'"
                + " when " + age + " < 80 then '70_79' else '80_AND_OVER' end";
        VolunteerCategory[] categories = VolunteerCategory.values();
        StringBuilder perCategory = new StringBuilder();
        for (VolunteerCategory c : categories) {
            perCategory.append(", count(*) filter (where '").append(c.name()).append("' = any(r.categories))");
        }
        String sql = "select grouping(residence, gender, band, status), residence, gender, band, status, count(*)" + perCategory
                + " from (select v.residence, v.gender, v.categories, " + band + " as band, " + STATUS_ON + " as status"
                + " from volunteer v join organization o on o.id = v.organization_id"
                + " where" + REGISTERED_BY + " and" + ScopeSql.subtree(path) + ScopeSql.within(scope) + ") r"
                + " group by grouping sets ((residence), (gender), (band), (status), (residence, status), ())";
        Query q = em.createNativeQuery(sql).setParameter("on", on);
        Map<String, List<Count>> counts = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) ScopeSql.bind(q, scope).getResultList()) {
            long count = ((Number) row[5]).longValue();
            // grouping(): a bit per column left out of the set, residence the highest
            switch (((Number) row[0]).intValue()) {
                case 0b0111 -> add(counts, "residence", row[1], count);
                case 0b1011 -> add(counts, "gender", row[2], count);
                case 0b1101 -> add(counts, "ageBand", row[3], count);
                case 0b1110 -> add(counts, "status", row[4], count);
                case 0b0110 -> {
                    if ("ACTIVE".equals(row[4])) {
                        add(counts, "activeResidence", row[1], count);
                    }
                }
                case 0b1111 -> {
                    for (int i = 0; i < categories.length; i++) {
                        long people = ((Number) row[6 + i]).longValue();
                        if (people > 0) {
                            add(counts, "category", categories[i].name(), people);
                        }
                    }
                }
                default -> throw new IllegalStateException("unexpected grouping " + row[0]);
            }
        }
        counts.values().forEach(list -> list.sort(java.util.Comparator.comparing(Count::key)));
        return counts;
    }

    private static void add(Map<String, List<Count>> counts, String dimension, Object key, long count) {
        counts.computeIfAbsent(dimension, k -> new ArrayList<>()).add(new Count((String) key, count));
    }

    /** 五老 who joined within the period, and who left it (a change away from ACTIVE) within the period. */
    public long[] joinedAndLeft(String path, LocalDate from, LocalDate to, Scope scope) {
        Query q = em.createNativeQuery("select"
                + " (select count(*) from volunteer v join organization o on o.id = v.organization_id"
                + "  where v.joined_on between :from and :to and" + ScopeSql.subtree(path) + ScopeSql.within(scope) + "),"
                + " (select count(*) from volunteer_status_change c join volunteer v on v.id = c.volunteer_id"
                + "  join organization o on o.id = v.organization_id where c.status <> 'ACTIVE' and c.changed_on between :from and :to"
                + "  and" + ScopeSql.subtree(path) + ScopeSql.within(scope) + ")")
                .setParameter("from", from).setParameter("to", to);
        Object[] r = (Object[]) ScopeSql.bind(q, scope).getSingleResult();
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    /** Pairs that had begun by the day, by type and by their status on that day (the last change up to it). */
    @SuppressWarnings("unchecked")
    public Map<String, List<Count>> pairs(String path, LocalDate on, Scope scope) {
        Query q = em.createNativeQuery("with s as (select p.type, " + PAIR_STATUS_ON + " as status"
                + " from pair p join organization o on o.id = p.organization_id where p.started_on <= :on and" + ScopeSql.subtree(path)
                + ScopeSql.within(scope) + ")"
                + " select 'type', type, count(*) from s where status is not null group by type"
                + " union all select 'status', status, count(*) from s where status is not null group by status")
                .setParameter("on", on);
        Map<String, List<Count>> counts = new LinkedHashMap<>(Map.of("type", new ArrayList<>(), "status", new ArrayList<>()));
        for (Object[] row : (List<Object[]>) ScopeSql.bind(q, scope).getResultList()) {
            counts.get((String) row[0]).add(new Count((String) row[1], ((Number) row[2]).longValue()));
        }
        counts.values().forEach(list -> list.sort(java.util.Comparator.comparing(Count::key)));
        return counts;
    }

    /** Activities within the period and their hours. */
    public Object[] activities(String path, LocalDate from, LocalDate to, Scope scope) {
        Query q = em.createNativeQuery("select count(*), coalesce(sum(a.hours), 0) from activity a join pair p on p.id = a.pair_id"
                + " join organization o on o.id = p.organization_id where a.occurred_on between :from and :to and" + ScopeSql.subtree(path)
                + ScopeSql.within(scope)).setParameter("from", from).setParameter("to", to);
        Object[] r = (Object[]) ScopeSql.bind(q, scope).getSingleResult();
        return new Object[] {((Number) r[0]).longValue(), (BigDecimal) r[1]};
    }

    /** Spot checks (submitted or confirmed) within the period: how many, and on how many days (the rounds). */
    public long[] spotChecks(String path, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), count(distinct e.evaluated_on) from evaluation e"
                + " join organization o on o.id = e.organization_id where e.kind = 'SPOT_CHECK' and e.status <> 'DRAFT'"
                + " and e.evaluated_on between :from and :to" + ScopeSql.andSubtree(path))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    /** Organizations of the subtree planned (not yet enrolled) for a year of any plan. */
    public long plannedFor(String path, int year) {
        return ((Number) em.createNativeQuery("select count(distinct e.organization_id) from campaign_enrolment e"
                + " join organization o on o.id = e.organization_id where e.status = 'PLANNED' and e.plan_year = :year"
                + ScopeSql.andSubtree(path)).setParameter("year", year).getSingleResult()).longValue();
    }

    /** Training classes held within the period by organizations of the subtree. */
    public long trainings(String path, LocalDate from, LocalDate to) {
        return ((Number) em.createNativeQuery("select count(*) from training t join organization o on o.id = t.organization_id"
                + " where t.held_on between :from and :to" + ScopeSql.andSubtree(path))
                .setParameter("from", from).setParameter("to", to).getSingleResult()).longValue();
    }

    /**
     * The key figures of each direct child of {@code :root}, each counted over the child's subtree, in one
     * statement: registered and active 五老 on the day, teams established by it, pairs active on it, activities
     * within the period, organizations holding the 五好 title on it. The root is visible, so its children are.
     * With {@code rolledUp}, the figures of a child that keeps rollups are left out (null): {@link StatsRollups#children}
     * reads them.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> children(long root, LocalDate from, LocalDate to, Scope scope, boolean rolledUp) {
        String counted = "case when c.rolled then null else (%s) end";
        // Each child's records organization by organization, by index: the planner cannot see how few organizations
        // a child's path holds and, guessing 1 %, read all 3.9 million pairs of the nation (or every organization's
        // key for the active 五老) once per child.
        String perOrganization = "select coalesce(sum(x.n), 0) from organization o cross join lateral (%s) x where o.path <@ c.path";
        // The children first, by the parent's index (materialized): inlined, the planner walked all 1.1 million organizations
        // of the nation in key order to spare sorting its 26 children (450 ms of a township's 11 ms).
        Query q = em.createNativeQuery("with c as materialized (select o.id, o.path, :rolledUp and stats_rolled_up(o.type) as rolled"
                + " from organization o where o.parent_id = :root" + ScopeSql.within(scope) + ")"
                + " select c.id,"
                + counted.formatted(perOrganization.formatted("select count(*) as n from volunteer v where v.organization_id = o.id"
                        + " and" + REGISTERED_BY)) + ","
                + counted.formatted(perOrganization.formatted("select count(*) as n from volunteer v where v.organization_id = o.id"
                        + " and" + REGISTERED_BY + " and " + STATUS_ON + " = 'ACTIVE'")) + ","
                + counted.formatted(perOrganization.formatted("select count(*) as n from team t where t.organization_id = o.id"
                        + " and coalesce(t.established_on, cast(t.created_at as date)) <= :on")) + ","
                + counted.formatted(perOrganization.formatted("select count(*) as n from pair p where p.organization_id = o.id"
                        + " and p.started_on <= :on and " + PAIR_STATUS_ON + " = 'ACTIVE'")) + ","
                + counted.formatted(perOrganization.formatted("select count(*) as n from pair p join activity a on a.pair_id = p.id"
                        + " where p.organization_id = o.id and a.occurred_on between :from and :on")) + ","
                + counted.formatted("select count(*) from organization o where o.path <@ c.path and " + TitleSql.holds("o.id", ":on"))
                + " from c order by c.id")
                .setParameter("root", root).setParameter("from", from).setParameter("on", to).setParameter("rolledUp", rolledUp);
        return (List<Object[]>) ScopeSql.bind(q, scope).getResultList();
    }
}
