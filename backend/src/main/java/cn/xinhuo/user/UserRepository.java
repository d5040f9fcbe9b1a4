package cn.xinhuo.user;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    public Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public long countSystemAdministrators() {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from app_user where 'SYSTEM_ADMIN' = any(roles) and enabled")
                .getSingleResult()).longValue();
    }

    /** The user if its organization lies within the scope. */
    public Optional<User> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select u.id from app_user u join organization o on o.id = u.organization_id"
                + " where u.id = :id" + ScopeSql.within(scope)).setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    public record Search(String text, Long organizationId, String role, Boolean enabled) {
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> search(Search s, Scope scope, String orderBy, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("""
                select u.id, o.name from app_user u join organization o on o.id = u.organization_id"""
                + where(s, scope, params) + " order by " + orderBy + ", u.id offset :offset limit :limit");
        params.forEach(q::setParameter);
        return ScopeSql.bind(q, scope).setParameter("offset", offset).setParameter("limit", limit).getResultList();
    }

    public long count(Search s, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery(
                "select count(*) from app_user u join organization o on o.id = u.organization_id" + where(s, scope, params));
        params.forEach(q::setParameter);
        return ((Number) ScopeSql.bind(q, scope).getSingleResult()).longValue();
    }

    private static String where(Search s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.within(scope));
        if (s.text() != null && !s.text().isBlank()) {
            w.append(" and (u.username ilike :text escape '\\' or u.display_name ilike :text escape '\\')");
            params.put("text", "%" + s.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (s.organizationId() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :org)");
            params.put("org", s.organizationId());
        }
        if (s.role() != null) {
            w.append(" and cast(:role as varchar) = any(u.roles)");
            params.put("role", s.role());
        }
        if (s.enabled() != null) {
            w.append(" and u.enabled = :enabled");
            params.put("enabled", s.enabled());
        }
        return w.toString();
    }
}
