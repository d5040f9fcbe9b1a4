package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.EvidenceView;
import cn.xinhuo.assessment.dto.SpotCheckDue;
import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.persistence.SqlValues;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The files of an evaluation, without their content. */
    public List<EvidenceView> evidence(long evaluationId) {
        return em.createQuery("select new cn.xinhuo.assessment.dto.EvidenceView(x.id, x.fileName, x.mediaType, x.sizeBytes, x.sha256,"
                        + " x.createdAt, x.updatedBy) from EvaluationEvidence x where x.evaluationId = ?1 order by x.id", EvidenceView.class)
                .setParameter(1, evaluationId).getResultList();
    }

    public Optional<EvaluationEvidence> evidenceOf(long evaluationId, long id) {
        return Optional.ofNullable(em.find(EvaluationEvidence.class, id)).filter(x -> x.evaluationId == evaluationId);
    }

    public boolean inUse(long templateId) {
        return ((Number) em.createNativeQuery("select count(*) from evaluation where template_id = :id")
                .setParameter("id", templateId).getSingleResult()).longValue() > 0;
    }

    /** Of these sheets, those evaluations were made with. */
    @SuppressWarnings("unchecked")
    public Set<Long> usedTemplates(List<Long> templateIds) {
        return ((List<Number>) em.createNativeQuery("select distinct template_id from evaluation where template_id in (:ids)")
                .setParameter("ids", templateIds).getResultList()).stream().map(Number::longValue).collect(Collectors.toSet());
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

    public List<AssessmentTemplate> templates(List<Long> ids) {
        return em.createQuery("from AssessmentTemplate where id in ?1", AssessmentTemplate.class).setParameter(1, ids).getResultList();
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

    /**
     * The title holders of the year up to {@code asOf} with their spot checks per half-year; a half
     * is due when the organization holds the title at its end (or on {@code asOf}, if sooner).
     */
    @SuppressWarnings("unchecked")
    public List<SpotCheckDue> spotChecksDue(int year, LocalDate asOf, Long within, boolean overdueOnly, Scope scope,
                                            long offset, int limit) {
        Query q = spotCheckQuery("select id, name, type, awarded_on, done, due1, done1, due2, done2, "
                        + "case when due1 and not done1 then e1 when due2 and not done2 then e2 end, overdue",
                year, asOf, within, overdueOnly, scope, " order by overdue desc, path offset :offset limit :limit");
        List<Object[]> rows = q.setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new SpotCheckDue(((Number) r[0]).longValue(), (String) r[1],
                OrganizationType.valueOf((String) r[2]), SqlValues.localDate(r[3]), ((Number) r[4]).longValue(),
                (Boolean) r[5], (Boolean) r[6], (Boolean) r[7], (Boolean) r[8], SqlValues.localDate(r[9]), (Boolean) r[10])).toList();
    }

    /** The number of holders listed, and of those overdue. */
    public long[] countSpotChecksDue(int year, LocalDate asOf, Long within, boolean overdueOnly, Scope scope) {
        Object[] r = (Object[]) spotCheckQuery("select count(*), count(*) filter (where overdue)", year, asOf, within, overdueOnly,
                scope, "").getSingleResult();
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    private Query spotCheckQuery(String select, int year, LocalDate asOf, Long within, boolean overdueOnly, Scope scope, String tail) {
        String spotChecks = "select 1 from evaluation e where e.organization_id = o.id and e.kind = 'SPOT_CHECK'"
                + " and e.status <> 'DRAFT' and e.evaluated_on between ";
        String sql = "with y as (select cast(:asOf as date) as as_of, make_date(:year, 1, 1) as s1, make_date(:year, 6, 30) as e1,"
                + " make_date(:year, 7, 1) as s2, make_date(:year, 12, 31) as e2),"
                + " h as (select o.id, o.name, o.type, o.path, y.e1, y.e2,"
                + " (select max(a.occurred_on) from award_event a where a.organization_id = o.id and a.kind = 'AWARDED'"
                + " and a.occurred_on <= y.as_of) as awarded_on,"
                + " (select count(*) from (" + spotChecks + "y.s1 and least(y.e2, y.as_of)) c) as done,"
                + " y.as_of >= y.s1 and " + TitleSql.holds("o.id", "least(y.e1, y.as_of)") + " as due1,"
                + " exists (" + spotChecks + "y.s1 and y.e1) as done1,"
                + " y.as_of >= y.s2 and " + TitleSql.holds("o.id", "least(y.e2, y.as_of)") + " as due2,"
                + " exists (" + spotChecks + "y.s2 and y.e2) as done2, y.as_of"
                + " from organization o cross join y where exists (select 1 from award_event a where a.organization_id = o.id"
                + " and a.kind = 'AWARDED' and a.occurred_on <= least(y.e2, y.as_of))" + ScopeSql.within(scope)
                + (within == null ? "" : " and o.path <@ (select r.path from organization r where r.id = :within)") + "),"
                + " d as (select h.*, (due1 and not done1 and e1 < as_of) or (due2 and not done2 and e2 < as_of) as overdue"
                + " from h where due1 or due2)"
                + " " + select + " from d" + (overdueOnly ? " where overdue" : "") + tail;
        Query q = em.createNativeQuery(sql).setParameter("asOf", asOf).setParameter("year", year);
        if (within != null) {
            q.setParameter("within", within);
        }
        return ScopeSql.bind(q, scope);
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
