package cn.xinhuo.pairing;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.persistence.SqlValues;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pairs, read inside a scope (the subtree holding the beneficiary's organization). */
@ApplicationScoped
public class PairRepository implements PanacheRepository<Pair> {

    private static final String FROM = " from pair p join organization o on o.id = p.organization_id";
    /** The day of the latest activity, or the start when there is none (an index lookup per pair). */
    private static final String LAST_DAY = "coalesce((select max(a.occurred_on) from activity a where a.pair_id = p.id), p.started_on)";

    public record Search(PairStatus status, PairType type, Long volunteerId, Long beneficiaryId, Long within,
                         LocalDate silentSince) {
    }

    /** Activities and hours of a pair, and the day of its latest activity. */
    public record Totals(long activities, BigDecimal hours, LocalDate lastActivityOn) {
    }

    public Optional<Pair> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select p.id" + FROM + " where p.id = :id" + ScopeSql.within(scope))
                .setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    public Optional<Long> activePairOf(long volunteerId, long beneficiaryId) {
        return find("volunteerId = ?1 and beneficiaryId = ?2 and status = ?3", volunteerId, beneficiaryId, PairStatus.ACTIVE)
                .firstResultOptional().map(p -> p.id);
    }

    @SuppressWarnings("unchecked")
    public List<Long> search(Search s, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String order = s.silentSince() != null ? LAST_DAY + ", p.id" : "p.started_on desc, p.id desc";
        Query q = getEntityManager().createNativeQuery("select p.id" + FROM + where(s, scope, params)
                + " order by " + order + " offset :offset limit :limit");
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

    @SuppressWarnings("unchecked")
    public Map<Long, Totals> totals(List<Long> pairIds) {
        Map<Long, Totals> totals = new HashMap<>();
        if (pairIds.isEmpty()) {
            return totals;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select pair_id, count(*), sum(hours), max(occurred_on) from activity where pair_id in (:ids) group by pair_id")
                .setParameter("ids", pairIds).getResultList();
        rows.forEach(r -> totals.put(((Number) r[0]).longValue(),
                new Totals(((Number) r[1]).longValue(), (BigDecimal) r[2], SqlValues.localDate(r[3]))));
        return totals;
    }

    private static String where(Search s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.within(scope));
        if (s.within() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", s.within());
        }
        if (s.status() != null) {
            w.append(" and p.status = :status");
            params.put("status", s.status().name());
        }
        if (s.type() != null) {
            w.append(" and p.type = :type");
            params.put("type", s.type().name());
        }
        if (s.volunteerId() != null) {
            w.append(" and p.volunteer_id = :volunteerId");
            params.put("volunteerId", s.volunteerId());
        }
        if (s.beneficiaryId() != null) {
            w.append(" and p.beneficiary_id = :beneficiaryId");
            params.put("beneficiaryId", s.beneficiaryId());
        }
        if (s.silentSince() != null) {
            // active pairs with nothing recorded since the day (counting from the start when nothing at all)
            w.append(" and p.status = 'ACTIVE' and ").append(LAST_DAY).append(" < :silentSince");
            params.put("silentSince", s.silentSince());
        }
        return w.toString();
    }
}
