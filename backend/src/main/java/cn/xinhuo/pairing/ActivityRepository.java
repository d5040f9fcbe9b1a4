package cn.xinhuo.pairing;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Activities, and the hours they add up to. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepository<Activity> {

    /** How service hours are grouped. */
    public enum By { VOLUNTEER, TEAM, ORGANIZATION }

    public record HoursRow(long id, String name, BigDecimal hours, long activities) {
    }

    public List<Activity> ofPair(long pairId, int offset, int limit) {
        return find("pairId = ?1 order by occurredOn desc, id desc", pairId).range(offset, offset + limit - 1).list();
    }

    public long countOfPair(long pairId) {
        return count("pairId", pairId);
    }

    /** Hours per volunteer, team or organization of the pairs in the subtree, within the period. */
    @SuppressWarnings("unchecked")
    public List<HoursRow> hours(By by, Long within, LocalDate from, LocalDate to, Scope scope, long offset, int limit) {
        Query q = getEntityManager().createNativeQuery("select g.id, g.name, sum(a.hours), count(*)" + hoursFrom(by, within, from, to, scope)
                + " group by g.id, g.name order by sum(a.hours) desc, g.id offset :offset limit :limit");
        bindHours(q, within, from, to, scope).setParameter("offset", offset).setParameter("limit", limit);
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new HoursRow(((Number) r[0]).longValue(), (String) r[1], (BigDecimal) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    public long countHoursGroups(By by, Long within, LocalDate from, LocalDate to, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select count(distinct g.id)" + hoursFrom(by, within, from, to, scope));
        return ((Number) bindHours(q, within, from, to, scope).getSingleResult()).longValue();
    }

    private static String hoursFrom(By by, Long within, LocalDate from, LocalDate to, Scope scope) {
        String group = switch (by) {
            case VOLUNTEER -> " join volunteer g on g.id = p.volunteer_id";
            // a volunteer's hours count for each team it belongs to now
            case TEAM -> " join team_member m on m.volunteer_id = p.volunteer_id and m.left_on is null join team g on g.id = m.team_id";
            case ORGANIZATION -> " join organization g on g.id = p.organization_id";
        };
        return " from activity a join pair p on p.id = a.pair_id join organization o on o.id = p.organization_id" + group
                + " where true" + ScopeSql.within(scope)
                + (within == null ? "" : " and o.path <@ (select r.path from organization r where r.id = :within)")
                + (from == null ? "" : " and a.occurred_on >= :from") + (to == null ? "" : " and a.occurred_on <= :to");
    }

    private static Query bindHours(Query q, Long within, LocalDate from, LocalDate to, Scope scope) {
        if (within != null) {
            q.setParameter("within", within);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return ScopeSql.bind(q, scope);
    }
}
