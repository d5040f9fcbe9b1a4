package cn.xinhuo.leadership;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.persistence.SqlValues;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Appointments, read inside a scope. */
@ApplicationScoped
public class AppointmentRepository implements PanacheRepository<Appointment> {

    private static final String FROM = " from appointment a join organization o on o.id = a.organization_id";
    /** Whether the appointment's leader attended a training on or after its start. */
    private static final String TRAINED = "exists (select 1 from training_attendance ta join training t on t.id = ta.training_id"
            + " where ta.appointment_id = a.id and t.held_on >= a.started_on)";

    /**
     * @param organizationId only this organization's team; {@code within} its whole subtree
     * @param current        only seats held today; {@code untrained} only those not trained since their start
     */
    public record Search(Long organizationId, Long within, LeaderRole role, boolean current, boolean untrained,
                         LocalDate startedFrom, LocalDate startedTo) {
    }

    public Optional<Appointment> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select a.id" + FROM + " where a.id = :id" + ScopeSql.within(scope))
                .setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    @SuppressWarnings("unchecked")
    public List<Long> search(Search s, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select a.id" + FROM + where(s, scope, params)
                + " order by o.path, a.ended_on nulls first, a.role, a.started_on desc, a.id offset :offset limit :limit");
        params.forEach(q::setParameter);
        return ((List<Number>) ScopeSql.bind(q, scope).setParameter("offset", offset).setParameter("limit", limit)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    public long count(Search s, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select count(*)" + FROM + where(s, scope, params));
        params.forEach(q::setParameter);
        return ((Number) ScopeSql.bind(q, scope).getSingleResult()).longValue();
    }

    /** The day each appointment's leader was last trained since its start (absent: untrained). */
    @SuppressWarnings("unchecked")
    public Map<Long, LocalDate> lastTrained(List<Long> ids) {
        Map<Long, LocalDate> days = new HashMap<>();
        if (ids.isEmpty()) {
            return days;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select a.id, max(t.held_on) from appointment a join training_attendance ta on ta.appointment_id = a.id
                          join training t on t.id = ta.training_id
                         where a.id in (:ids) and t.held_on >= a.started_on group by a.id""")
                .setParameter("ids", ids).getResultList();
        rows.forEach(r -> days.put(((Number) r[0]).longValue(), SqlValues.localDate(r[1])));
        return days;
    }

    /**
     * Per role that the subtree at {@code path} ({@link ScopeSql#andSubtree}: null, everywhere) has seats of:
     * appointed (started) in the period, ended in it, and of the appointed those trained. Only the seats that
     * started or ended in the period are counted (a province has 86,000 seats, a half-year a few thousand of
     * them); whether a role has seats at all is asked per role, which stops at its first.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> summary(String path, LocalDate from, LocalDate to) {
        String inPeriod = "(cast(:from as date) is null or %1$s >= cast(:from as date)) and (cast(:to as date) is null or %1$s <= cast(:to as date))";
        String started = inPeriod.formatted("a.started_on");
        String ended = "a.ended_on is not null and " + inPeriod.formatted("a.ended_on");
        String roles = java.util.Arrays.stream(LeaderRole.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(","));
        Query q = getEntityManager().createNativeQuery("with s as (select a.id, a.role, a.started_on, " + started + " as started, "
                + ended + " as ended" + FROM + " where (" + started + " or " + ended + ")" + ScopeSql.andSubtree(path) + ")"
                + " select r.role, count(a.id) filter (where a.started), count(a.id) filter (where a.ended),"
                + " count(a.id) filter (where a.started and " + TRAINED + ")"
                + " from unnest(cast('{" + roles + "}' as varchar[])) r (role) left join s a on a.role = r.role"
                + " where exists (select 1" + FROM + " where a.role = r.role" + ScopeSql.andSubtree(path) + ")"
                + " group by r.role order by r.role");
        return q.setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static String where(Search s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.within(scope));
        if (s.organizationId() != null) {
            w.append(" and a.organization_id = :organizationId");
            params.put("organizationId", s.organizationId());
        }
        if (s.within() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", s.within());
        }
        if (s.role() != null) {
            w.append(" and a.role = :role");
            params.put("role", s.role().name());
        }
        if (s.current() || s.untrained()) {
            w.append(" and a.started_on <= current_date and (a.ended_on is null or a.ended_on >= current_date)");
        }
        if (s.untrained()) {
            w.append(" and not ").append(TRAINED);
        }
        if (s.startedFrom() != null) {
            w.append(" and a.started_on >= :startedFrom");
            params.put("startedFrom", s.startedFrom());
        }
        if (s.startedTo() != null) {
            w.append(" and a.started_on <= :startedTo");
            params.put("startedTo", s.startedTo());
        }
        return w.toString();
    }
}
