package cn.xinhuo.team;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Teams, read inside a scope. */
@ApplicationScoped
public class TeamRepository implements PanacheRepository<Team> {

    private static final String FROM = " from team t join organization o on o.id = t.organization_id";

    public Optional<Team> findInScope(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select t.id" + FROM + " where t.id = :id" + ScopeSql.within(scope))
                .setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    @SuppressWarnings("unchecked")
    public List<Long> search(TeamType type, Long root, String text, Scope scope, long offset, int limit) {
        Query q = getEntityManager().createNativeQuery("select t.id" + FROM + where(type, root, text, scope)
                + " order by o.path, t.type, t.name, t.id offset :offset limit :limit");
        bindFilters(q, type, root, text, scope);
        return ((List<Number>) q.setParameter("offset", offset).setParameter("limit", limit).getResultList())
                .stream().map(Number::longValue).toList();
    }

    public long count(TeamType type, Long root, String text, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select count(*)" + FROM + where(type, root, text, scope));
        bindFilters(q, type, root, text, scope);
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * Teams and their members per type within the subtree: type, teams, members. {@code on} null: as they
     * stand now; else on that day (teams established by then, members who had joined and not yet left).
     */
    @SuppressWarnings("unchecked")
    public List<Tuple> summary(Long root, LocalDate on, Scope scope) {
        String members = on == null ? " m.left_on is null"
                : " m.joined_on <= :on and (m.left_on is null or m.left_on > :on)";
        String established = on == null ? "" : " and coalesce(t.established_on, cast(t.created_at as date)) <= :on";
        Query q = getEntityManager().createNativeQuery("""
                select t.type, count(distinct t.id) as teams, count(m.id) as members"""
                + FROM + " left join team_member m on m.team_id = t.id and" + members
                + where(null, root, null, scope) + established + " group by t.type order by t.type", Tuple.class);
        bindFilters(q, null, root, null, scope);
        if (on != null) {
            q.setParameter("on", on);
        }
        return q.getResultList();
    }

    private static String where(TeamType type, Long root, String text, Scope scope) {
        StringBuilder w = new StringBuilder(" where true").append(ScopeSql.within(scope));
        if (type != null) {
            w.append(" and t.type = :type");
        }
        if (root != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :root)");
        }
        if (text != null) {
            w.append(" and t.name ilike :text escape '\\'");
        }
        return w.toString();
    }

    private static void bindFilters(Query q, TeamType type, Long root, String text, Scope scope) {
        ScopeSql.bind(q, scope);
        if (type != null) {
            q.setParameter("type", type.name());
        }
        if (root != null) {
            q.setParameter("root", root);
        }
        if (text != null) {
            q.setParameter("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }
}
