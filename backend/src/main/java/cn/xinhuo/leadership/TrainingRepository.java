package cn.xinhuo.leadership;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Trainings, read inside a scope (the subtree holding the organizer). */
@ApplicationScoped
public class TrainingRepository implements PanacheRepository<Training> {

    private static final String FROM = " from training t join organization o on o.id = t.organization_id";

    public Optional<Training> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select t.id" + FROM + " where t.id = :id" + ScopeSql.within(scope))
                .setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    @SuppressWarnings("unchecked")
    public List<Long> search(Long within, LocalDate from, LocalDate to, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select t.id" + FROM + where(within, from, to, scope, params)
                + " order by t.held_on desc, t.id desc offset :offset limit :limit");
        params.forEach(q::setParameter);
        return ((List<Number>) ScopeSql.bind(q, scope).setParameter("offset", offset).setParameter("limit", limit)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    public long count(Long within, LocalDate from, LocalDate to, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select count(*)" + FROM + where(within, from, to, scope, params));
        params.forEach(q::setParameter);
        return ((Number) ScopeSql.bind(q, scope).getSingleResult()).longValue();
    }

    /** How many attended each training (absent: nobody). */
    public Map<Long, Long> attendees(List<Long> trainingIds) {
        return getEntityManager().createQuery("select x.trainingId, count(x) from TrainingAttendance x where x.trainingId in ?1"
                        + " group by x.trainingId", Object[].class)
                .setParameter(1, trainingIds).getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    public List<Long> attendeeAppointments(long trainingId) {
        return getEntityManager().createQuery("select x.appointmentId from TrainingAttendance x where x.trainingId = ?1 order by x.id",
                Long.class).setParameter(1, trainingId).getResultList();
    }

    public boolean attends(long trainingId, long appointmentId) {
        return getEntityManager().createQuery("select count(x) from TrainingAttendance x where x.trainingId = ?1 and x.appointmentId = ?2",
                Long.class).setParameter(1, trainingId).setParameter(2, appointmentId).getSingleResult() > 0;
    }

    private static String where(Long within, LocalDate from, LocalDate to, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.within(scope));
        if (within != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", within);
        }
        if (from != null) {
            w.append(" and t.held_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            w.append(" and t.held_on <= :to");
            params.put("to", to);
        }
        return w.toString();
    }
}
