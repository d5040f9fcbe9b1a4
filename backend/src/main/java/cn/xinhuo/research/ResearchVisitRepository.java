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
    public List<Long> search(String path, LocalDate from, LocalDate to, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select v.id" + FROM + where(path, from, to, params)
                + " order by v.visited_on desc, v.id desc offset :offset limit :limit");
        params.forEach(q::setParameter);
        return ((List<Number>) q.setParameter("offset", offset).setParameter("limit", limit)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    public long count(String path, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select count(*)" + FROM + where(path, from, to, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Distinct places visited in the period, by their type. */
    @SuppressWarnings("unchecked")
    public List<Object[]> placesByType(String path, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select p.type, count(distinct p.id)" + FROM
                + " join research_visit_place rp on rp.research_visit_id = v.id join organization p on p.id = rp.organization_id"
                + where(path, from, to, params) + " group by p.type order by p.type");
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** The visits of the subtree at {@code path} (null: everywhere; {@link ScopeSql#andSubtree}) within the days. */
    private static String where(String path, LocalDate from, LocalDate to, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.andSubtree(path));
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
