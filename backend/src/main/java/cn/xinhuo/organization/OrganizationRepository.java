package cn.xinhuo.organization;

import cn.xinhuo.organization.dto.OrganizationView;
import cn.xinhuo.common.persistence.Names;
import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.security.Scope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes go through the entity; reads are SQL on the materialized path, projected straight into
 * the view so a page costs one indexed query (plus one for the count).
 */
@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {

    /** The names of these organizations, by id, in one statement. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return Names.byId(getEntityManager(), "Organization", ids);
    }

    private static final String VIEW_COLUMNS = """
            select o.id, o.name, o.type, o.parent_id, o.region_code, o.address, o.contact,
                   o.established_on, o.status, o.dissolved_on, o.dissolution_reason,
                   nlevel(o.path) - 1 as depth,
                   (select count(*) from organization c where c.parent_id = o.id) as child_count,
                   o.version
              from organization o
            """;

    /** Committees before groups, then by name. */
    private static final String TREE_ORDER =
            " order by array_position(array['CITY_COMMITTEE','TOWNSHIP_COMMITTEE','SCHOOL_GROUP',"
            + "'VILLAGE_GROUP','COMMUNITY_GROUP']::varchar[], o.type), o.name, o.id";

    /** The organization if it lies within the scope; outside it, it does not exist for the caller. */
    public Optional<OrganizationView> findView(long id, Scope scope) {
        Query q = query(VIEW_COLUMNS + " where o.id = :id" + ScopeSql.within(scope)).setParameter("id", id);
        return views(ScopeSql.bind(q, scope)).stream().findFirst();
    }

    /** Which of these organizations lie inside the scope, in one statement. */
    @SuppressWarnings("unchecked")
    public Set<Long> visibleAmong(Collection<Long> ids, Scope scope) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query q = getEntityManager().createNativeQuery("select o.id from organization o where o.id in (:ids)" + ScopeSql.within(scope));
        return ((List<Number>) ScopeSql.bind(q.setParameter("ids", ids.stream().distinct().toList()), scope).getResultList()).stream()
                .map(Number::longValue).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The materialized path of the organization if it lies within the scope (empty: it does not exist for the
     * caller), for a subtree's condition written with {@link ScopeSql#subtree}: the visibility check and the
     * path in the one statement the check cost before.
     */
    @SuppressWarnings("unchecked")
    public Optional<String> visiblePath(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery("select cast(o.path as text) from organization o where o.id = :id"
                + ScopeSql.within(scope));
        return ((List<String>) ScopeSql.bind(q.setParameter("id", id), scope).getResultList()).stream().findFirst();
    }

    /**
     * The path of the subtree a summary asks for, for {@link ScopeSql#andSubtree}: the organization's when one is
     * given (outside the scope it is not there: 404), else the scope's root's (null: the whole forest).
     */
    public String subtreePath(Long within, Scope scope) {
        return within == null ? scope.rootPath()
                : visiblePath(within, scope).orElseThrow(() -> ProblemException.notFound("organization", within));
    }

    public boolean isVisible(long id, Scope scope) {
        Query q = getEntityManager().createNativeQuery(
                "select exists(select 1 from organization o where o.id = :id" + ScopeSql.within(scope) + ")");
        return (Boolean) ScopeSql.bind(q.setParameter("id", id), scope).getSingleResult();
    }

    /** The tops of what the caller sees: the real roots for a system admin, else its own organization. */
    public List<OrganizationView> roots(Scope scope) {
        if (scope.isEverything()) {
            return views(query(VIEW_COLUMNS + " where o.parent_id is null" + TREE_ORDER));
        }
        return views(query(VIEW_COLUMNS + " where o.id = :root").setParameter("root", scope.rootOrganizationId()));
    }

    public List<OrganizationView> children(long parentId) {
        return views(query(VIEW_COLUMNS + " where o.parent_id = :parent" + TREE_ORDER).setParameter("parent", parentId));
    }

    /** The whole subtree of an organization, itself first, depth-first. */
    public List<OrganizationView> subtree(long rootId, long offset, int limit) {
        return views(query(VIEW_COLUMNS
                + " where o.path <@ (select r.path from organization r where r.id = :root)"
                + " order by o.path offset :offset limit :limit")
                .setParameter("root", rootId).setParameter("offset", offset).setParameter("limit", limit));
    }

    public long countSubtree(long rootId) {
        return ((Number) getEntityManager().createNativeQuery(
                        "select count(*) from organization o where o.path <@ (select r.path from organization r where r.id = :root)")
                .setParameter("root", rootId).getSingleResult()).longValue();
    }

    public boolean isWithinSubtree(long candidateId, long rootId) {
        return (Boolean) getEntityManager().createNativeQuery("""
                        select exists(select 1 from organization c, organization r
                                       where c.id = :candidate and r.id = :root and c.path <@ r.path)""")
                .setParameter("candidate", candidateId).setParameter("root", rootId).getSingleResult();
    }

    public long countActiveChildren(long parentId) {
        return count("parentId = ?1 and status = ?2", parentId, OrganizationStatus.ACTIVE);
    }

    public Set<OrganizationType> childTypes(long parentId) {
        List<OrganizationType> types = getEntityManager()
                .createQuery("select distinct o.type from Organization o where o.parentId = :p", OrganizationType.class)
                .setParameter("p", parentId).getResultList();
        return types.isEmpty() ? EnumSet.noneOf(OrganizationType.class) : EnumSet.copyOf(types);
    }

    /** Filters for a search; null means "any". */
    public record Search(String nameContains, OrganizationType type, OrganizationStatus status, Long within) {
        public Search within(long rootId) {
            return new Search(nameContains, type, status, rootId);
        }
    }

    public List<OrganizationView> search(Search s, String orderBy, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = VIEW_COLUMNS + where(s, params) + " order by " + orderBy + ", o.id offset :offset limit :limit";
        Query q = query(sql);
        params.forEach(q::setParameter);
        return views(q.setParameter("offset", offset).setParameter("limit", limit));
    }

    public long count(Search s) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = getEntityManager().createNativeQuery("select count(*) from organization o" + where(s, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String where(Search s, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        if (s.within() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", s.within());
        }
        if (s.nameContains() != null && !s.nameContains().isBlank()) {
            w.append(" and o.name ilike :name escape '\\'");
            params.put("name", "%" + likeEscape(s.nameContains().trim()) + "%");
        }
        if (s.type() != null) {
            w.append(" and o.type = :type");
            params.put("type", s.type().name());
        }
        if (s.status() != null) {
            w.append(" and o.status = :status");
            params.put("status", s.status().name());
        }
        return w.toString();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Query query(String sql) {
        return getEntityManager().createNativeQuery(sql, Tuple.class);
    }

    @SuppressWarnings("unchecked")
    private static List<OrganizationView> views(Query q) {
        return ((List<Tuple>) q.getResultList()).stream().map(OrganizationRepository::view).toList();
    }

    private static OrganizationView view(Tuple t) {
        return new OrganizationView(
                ((Number) t.get("id")).longValue(),
                (String) t.get("name"),
                OrganizationType.valueOf((String) t.get("type")),
                t.get("parent_id") == null ? null : ((Number) t.get("parent_id")).longValue(),
                (String) t.get("region_code"),
                (String) t.get("address"),
                (String) t.get("contact"),
                date(t.get("established_on")),
                OrganizationStatus.valueOf((String) t.get("status")),
                date(t.get("dissolved_on")),
                (String) t.get("dissolution_reason"),
                ((Number) t.get("depth")).intValue(),
                ((Number) t.get("child_count")).longValue(),
                ((Number) t.get("version")).longValue());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
