package cn.xinhuo.research;

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

/** Research visits, read inside a scope (the subtree holding the committee that went). */
@ApplicationScoped
public class ResearchVisitRepository implements PanacheRepository<ResearchVisit> {

    private static final String FROM = " from research_visit v join organization o on o.id = v.organization_id";

    public Optional<ResearchVisit> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select v.id" + FROM + " where v.id = :id" + ScopeSql.within(scope))
                .setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    /** The visits with the places they went to, in one query. */
    public List<ResearchVisit> withPlaces(List<Long> ids) {
        return list("from ResearchVisit v left join fetch v.places where v.id in ?1", ids);
    }

    @SuppressWarnings("unchecked")
    public List<Long> search(Long within, LocalDate from, LocalDate to, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select v.id" + FROM + where(within, from, to, scope, params)
                + " order by v.visited_on desc, v.id desc offset :offset limit :limit");
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

    /** Distinct places visited in the period, by their type. */
    @SuppressWarnings("unchecked")
    public List<Object[]> placesByType(Long within, LocalDate from, LocalDate to, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select p.type, count(distinct p.id)" + FROM
                + " join research_visit_place rp on rp.research_visit_id = v.id join organization p on p.id = rp.organization_id"
                + where(within, from, to, scope, params) + " group by p.type order by p.type");
        params.forEach(q::setParameter);
        return ScopeSql.bind(q, scope).getResultList();
    }

    private static String where(Long within, LocalDate from, LocalDate to, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.within(scope));
        if (within != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", within);
        }
        if (from != null) {
            w.append(" and v.visited_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            w.append(" and v.visited_on <= :to");
            params.put("to", to);
        }
        return w.toString();
    }
}
