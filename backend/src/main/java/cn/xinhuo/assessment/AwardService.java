package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.AwardForm;
import cn.xinhuo.assessment.dto.AwardPage;
import cn.xinhuo.assessment.dto.AwardView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.persistence.ScopeSql;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Query page = repository.em().createNativeQuery("select a.id" + where + " order by o.path, a.occurred_on, a.id"
                + " offset :offset limit :limit");
        Query count = repository.em().createNativeQuery("select count(*)" + where);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Number> ids = ScopeSql.bind(page, caller.scope()).setParameter("offset", paging.offset())
                .setParameter("limit", paging.size).getResultList();
        return new AwardPage(ids.stream().map(id -> view(repository.em().find(AwardEvent.class, id.longValue()))).toList(),
                paging.page, paging.size, ((Number) ScopeSql.bind(count, caller.scope()).getSingleResult()).longValue());
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
        Evaluation e = repository.em().find(Evaluation.class, a.evaluationId);
        return new AwardView(a.id, a.organizationId, organizations.findById(a.organizationId).name, a.kind, a.occurredOn,
                a.decidedBy, a.evaluationId, e.kind.name(), e.total, a.reason);
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
