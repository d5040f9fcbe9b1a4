package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.Criterion;
import cn.xinhuo.assessment.dto.TemplatePage;
import cn.xinhuo.assessment.dto.TemplateView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Score sheets as shown, inside the caller's subtree: a page of them costs the queries of one. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AssessmentTemplateService {

    private final AssessmentRepository repository;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;

    AssessmentTemplateService(AssessmentRepository repository, OrganizationRepository organizations, CurrentCaller caller) {
        this.repository = repository;
        this.organizations = organizations;
        this.caller = caller;
    }

    public TemplatePage search(AssessmentRepository.TemplateSearch search, PageQuery paging) {
        requireVisible(search.within());
        requireVisible(search.usableFor());
        List<Long> ids = repository.templates(search, caller.scope(), paging.offset(), paging.size);
        return new TemplatePage(views(ids), paging.page, paging.size, repository.countTemplates(search, caller.scope()));
    }

    public TemplateView get(long id) {
        AssessmentTemplate t = repository.templateInScope(id, caller.scope())
                .orElseThrow(() -> ProblemException.notFound("assessment-template", id));
        return views(List.of(t.id)).get(0);
    }

    /** A page of sheets in three queries: the sheets, which of them were used, their organizations. */
    private List<TemplateView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> used = repository.usedTemplates(ids);
        Map<Long, AssessmentTemplate> byId = repository.templates(ids).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        Map<Long, String> names = organizations.list("id in ?1", byId.values().stream().map(t -> t.organizationId).distinct().toList())
                .stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
        return ids.stream().map(byId::get).map(t -> new TemplateView(t.id, t.familyId == null ? t.id : t.familyId, t.versionNo,
                t.current, used.contains(t.id), t.organizationId, names.get(t.organizationId), t.kind, t.name, t.criteria,
                t.criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add), t.passTotal,
                t.passPerCriterion, t.version)).toList();
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
