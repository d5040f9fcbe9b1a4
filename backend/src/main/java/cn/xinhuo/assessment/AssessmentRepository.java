package cn.xinhuo.assessment;

import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Score sheets and evaluations, read inside a scope. */
@ApplicationScoped
public class AssessmentRepository {

    private final EntityManager em;

    AssessmentRepository(EntityManager em) {
        this.em = em;
    }

    public record TemplateSearch(TemplateKind kind, Long within, Long usableFor, boolean currentOnly) {
    }

    public record EvaluationSearch(Long within, Long organizationId, EvaluationKind kind, EvaluationStatus status) {
    }

    public EntityManager em() {
        return em;
    }

    public Optional<AssessmentTemplate> templateInScope(long id, Scope scope) {
        return inScope("assessment_template", id, scope).map(x -> em.find(AssessmentTemplate.class, x));
    }

    public Optional<Evaluation> evaluationInScope(long id, Scope scope) {
        return inScope("evaluation", id, scope).map(x -> em.find(Evaluation.class, x));
    }

    public boolean inUse(long templateId) {
        return ((Number) em.createNativeQuery("select count(*) from evaluation where template_id = :id")
                .setParameter("id", templateId).getSingleResult()).longValue() > 0;
    }

    public int lastVersionNo(long familyId) {
        return ((Number) em.createNativeQuery("select max(version_no) from assessment_template where family_id = :f")
                .setParameter("f", familyId).getSingleResult()).intValue();
    }

    /**
     * Templates of the scope; with {@code usableFor}, instead the current ones an organization may be
     * scored on: its own and those of the organizations above it.
     */
    @SuppressWarnings("unchecked")
    public List<Long> templates(TemplateSearch s, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select t.id" + templatesWhere(s, scope, params)
                + " order by o.path, t.kind, t.family_id, t.version_no desc offset :offset limit :limit");
        params.forEach(q::setParameter);
        if (s.usableFor() == null) {
            ScopeSql.bind(q, scope);
        }
        return ((List<Number>) q.setParameter("offset", offset).setParameter("limit", limit).getResultList()).stream()
                .map(Number::longValue).toList();
    }

    public long countTemplates(TemplateSearch s, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select count(*)" + templatesWhere(s, scope, params));
        params.forEach(q::setParameter);
        if (s.usableFor() == null) {
            ScopeSql.bind(q, scope);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Long> evaluations(EvaluationSearch s, Scope scope, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select e.id" + evaluationsWhere(s, scope, params)
                + " order by e.evaluated_on desc, e.id desc offset :offset limit :limit");
        params.forEach(q::setParameter);
        return ((List<Number>) ScopeSql.bind(q, scope).setParameter("offset", offset).setParameter("limit", limit)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    public long countEvaluations(EvaluationSearch s, Scope scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query q = em.createNativeQuery("select count(*)" + evaluationsWhere(s, scope, params));
        params.forEach(q::setParameter);
        return ((Number) ScopeSql.bind(q, scope).getSingleResult()).longValue();
    }

    private static String templatesWhere(TemplateSearch s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" from assessment_template t join organization o on o.id = t.organization_id where true");
        if (s.usableFor() != null) {
            w.append(" and t.current and o.path @> (select u.path from organization u where u.id = :usableFor)");
            params.put("usableFor", s.usableFor());
        } else {
            w.append(ScopeSql.within(scope));
        }
        if (s.currentOnly()) {
            w.append(" and t.current");
        }
        if (s.kind() != null) {
            w.append(" and t.kind = :kind");
            params.put("kind", s.kind().name());
        }
        if (s.within() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", s.within());
        }
        return w.toString();
    }

    private static String evaluationsWhere(EvaluationSearch s, Scope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" from evaluation e join organization o on o.id = e.organization_id where true")
                .append(ScopeSql.within(scope));
        if (s.within() != null) {
            w.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", s.within());
        }
        if (s.organizationId() != null) {
            w.append(" and e.organization_id = :organizationId");
            params.put("organizationId", s.organizationId());
        }
        if (s.kind() != null) {
            w.append(" and e.kind = :kind");
            params.put("kind", s.kind().name());
        }
        if (s.status() != null) {
            w.append(" and e.status = :status");
            params.put("status", s.status().name());
        }
        return w.toString();
    }

    private Optional<Long> inScope(String table, long id, Scope scope) {
        Query q = em.createNativeQuery("select x.id from " + table + " x join organization o on o.id = x.organization_id"
                + " where x.id = :id" + ScopeSql.within(scope)).setParameter("id", id);
        return ScopeSql.bind(q, scope).getResultList().stream().findFirst().map(n -> ((Number) n).longValue());
    }
}
