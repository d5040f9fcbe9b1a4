package cn.xinhuo.beneficiary;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Beneficiaries, read inside a scope. */
@ApplicationScoped
public class BeneficiaryRepository implements PanacheRepository<Beneficiary> {

    private static final String FROM = " from beneficiary b join organization o on o.id = b.organization_id";

    public record Search(String text, BeneficiaryCategory category, Long within) {
    }

    public Optional<Beneficiary> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select b.id" + FROM + " where b.id = :id" + ScopeSql.within(scope))
                .setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    @SuppressWarnings("unchecked")
    public List<Long> search(Search s, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select b.id" + FROM + where(s, scope, params)
                + " order by o.path, b.name, b.id offset :offset limit :limit");
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

    private static String where(Search s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.within(scope));
        if (s.within() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", s.within());
        }
        if (s.text() != null && !s.text().isBlank()) {
            String like = s.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            w.append(" and (b.name ilike :text escape '\\' or b.name_initials like :initials escape '\\')");
            params.put("text", "%" + like + "%");
            params.put("initials", like.toLowerCase() + "%");
        }
        if (s.category() != null) {
            w.append(" and b.category = :category");
            params.put("category", s.category().name());
        }
        return w.toString();
    }
}
