package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.AwardForm;
import cn.xinhuo.assessment.dto.AwardPage;
import cn.xinhuo.assessment.dto.AwardRates;
import cn.xinhuo.assessment.dto.AwardView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.persistence.InOrder;
import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.organization.Organization;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The 五好 title of the organizations of the caller's subtree: its steps and who holds it now. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class AwardService {

    private final AssessmentRepository repository;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;

    AwardService(AssessmentRepository repository, OrganizationRepository organizations, CurrentCaller caller) {
        this.repository = repository;
        this.organizations = organizations;
        this.caller = caller;
    }

    /** The history (oldest first for one organization), or the steps of a subtree. */
    @Transactional(TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public AwardPage search(Long organizationId, Long within, AwardKind kind, boolean holdersOnly, PageQuery paging) {
        requireVisible(organizationId);
        requireVisible(within);
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" from award_event a join organization o on o.id = a.organization_id where true")
                .append(ScopeSql.within(caller.scope()));
        if (organizationId != null) {
            where.append(" and a.organization_id = :organizationId");
            params.put("organizationId", organizationId);
        }
        if (within != null) {
            where.append(" and o.path <@ (select r.path from organization r where r.id = :within)");
            params.put("within", within);
        }
        if (kind != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", kind.name());
        }
        if (holdersOnly) {
            // the latest award of each organization with no revocation after it
            where.append(" and a.kind = 'AWARDED' and not exists (select 1 from award_event later where later.organization_id"
                    + " = a.organization_id and (later.occurred_on, later.id) > (a.occurred_on, a.id)"
                    + " and later.kind in ('AWARDED', 'REVOKED'))");
        }
        // one organization's history reads oldest first; the steps of a subtree newest first
        String order = organizationId != null ? " order by a.occurred_on, a.id" : " order by a.occurred_on desc, a.id desc";
        Query page = repository.em().createNativeQuery("select a.id" + where + order + " offset :offset limit :limit");
        Query count = repository.em().createNativeQuery("select count(*)" + where);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Number> ids = ScopeSql.bind(page, caller.scope()).setParameter("offset", paging.offset())
                .setParameter("limit", paging.size).getResultList();
        List<AwardEvent> rows = InOrder.load(ids.stream().map(Number::longValue).toList(), in -> repository.em()
                .createQuery("from AwardEvent a where a.id in :ids", AwardEvent.class).setParameter("ids", in).getResultList(), a -> a.id);
        return new AwardPage(views(rows),
                paging.page, paging.size, ((Number) ScopeSql.bind(count, caller.scope()).getSingleResult()).longValue());
    }

    /**
     * {@link #rates}: the organizations of the subtree (the {@code %s}) with an enrolment or an award event, each
     * counted as enrolled by the day, holding the title on it (its last award or revocation up to then an award,
     * as {@link TitleSql#holds}), warned (its last event a warning) and its revocations — every organization's
     * events read in one pass rather than looked up one by one (four index probes each, thousands of them in a
     * province).
     */
    private static final String RATES = """
            with en as (select e.organization_id, bool_or(e.status = 'ENROLLED' and e.enrolled_on <= cast(:on as date)) as enrolled
                          from campaign_enrolment e join organization o on o.id = e.organization_id where true%s group by 1),
                 aw as (select a.organization_id,
                               (array_agg(a.kind order by a.occurred_on desc, a.id desc)
                                  filter (where a.kind in ('AWARDED', 'REVOKED') and a.occurred_on <= cast(:on as date)))[1] = 'AWARDED' as holds,
                               (array_agg(a.kind order by a.occurred_on desc, a.id desc)
                                  filter (where a.occurred_on <= cast(:on as date)))[1] = 'WARNED' as warned,
                               count(*) filter (where a.kind = 'REVOKED' and a.occurred_on <= cast(:on as date)) as revoked
                          from award_event a join organization o on o.id = a.organization_id where true%s group by 1)
            select o.type, count(*) filter (where en.enrolled), count(*) filter (where aw.holds), count(*) filter (where aw.warned),
                   coalesce(sum(aw.revoked), 0)
              from en full join aw on aw.organization_id = en.organization_id
              join organization o on o.id = coalesce(en.organization_id, aw.organization_id)
             group by o.type""";

    /** Enrolled, awarded and revoked per organization type of a subtree on a day, in one statement. */
    @Transactional(TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public AwardRates rates(Long within, LocalDate on) {
        String subtree = ScopeSql.andSubtree(organizations.subtreePath(within, caller.scope()));
        List<Object[]> rows = repository.em().createNativeQuery(RATES.formatted(subtree, subtree)).setParameter("on", on).getResultList();
        return new AwardRates(on, rows.stream().map(r -> AwardRates.Row.of(OrganizationType.valueOf((String) r[0]),
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue()))
                .sorted(java.util.Comparator.comparing(AwardRates.Row::organizationType)).toList());
    }

    public AwardView decide(AwardForm form) {
        if (!organizations.isVisible(form.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        Evaluation evaluation = repository.evaluationInScope(form.evaluationId(), caller.scope())
                .filter(e -> e.organizationId.equals(form.organizationId()))
                .orElseThrow(() -> ProblemException.missingReference("evaluationId", "award.evaluation.not-found"));
        if (used(evaluation.id)) {
            throw new ProblemException(ProblemType.CONFLICT, List.of(new FieldError("evaluationId", "{award.evaluation-used}")),
                    "award.evaluation-used");
        }
        TemplateKind templateKind = repository.em().find(AssessmentTemplate.class, evaluation.templateId).kind;
        AwardPolicy.check(form.kind(), AwardPolicy.Standing.of(history(form.organizationId())), evaluation, templateKind,
                form.reason());
        AwardEvent event = new AwardEvent();
        event.organizationId = form.organizationId();
        event.kind = form.kind();
        event.occurredOn = form.occurredOn();
        event.decidedBy = form.decidedBy().trim();
        event.evaluationId = evaluation.id;
        event.reason = form.reason();
        repository.em().persist(event);
        repository.em().flush();
        return view(event);
    }

    private List<AwardKind> history(long organizationId) {
        return repository.em().createQuery("select a.kind from AwardEvent a where a.organizationId = ?1 order by a.occurredOn, a.id",
                AwardKind.class).setParameter(1, organizationId).getResultList();
    }

    private boolean used(long evaluationId) {
        return repository.em().createQuery("select count(a) from AwardEvent a where a.evaluationId = ?1", Long.class)
                .setParameter(1, evaluationId).getSingleResult() > 0;
    }

    private AwardView view(AwardEvent a) {
        return views(List.of(a)).get(0);
    }

    /** A page of steps in two statements: the evaluations they rest on and the organizations. */
    private List<AwardView> views(List<AwardEvent> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Evaluation> evaluations = repository.em().createQuery("from Evaluation e where e.id in :ids", Evaluation.class)
                .setParameter("ids", page.stream().map(a -> a.evaluationId).distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(e -> e.id, e -> e));
        Map<Long, Organization> places = organizations.list("id in ?1", page.stream().map(a -> a.organizationId).distinct().toList())
                .stream().collect(Collectors.toMap(o -> o.id, o -> o));
        return page.stream().map(a -> {
            Evaluation e = evaluations.get(a.evaluationId);
            Organization organization = places.get(a.organizationId);
            return new AwardView(a.id, a.organizationId, organization.name, organization.type, a.kind, a.occurredOn, a.decidedBy,
                    a.evaluationId, e.kind.name(), e.evaluatedOn, e.total, e.passed, a.reason);
        }).toList();
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
