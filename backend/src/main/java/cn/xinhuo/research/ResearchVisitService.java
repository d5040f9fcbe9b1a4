package cn.xinhuo.research;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.research.dto.ResearchSummary;
import cn.xinhuo.research.dto.ResearchVisitForm;
import cn.xinhuo.research.dto.ResearchVisitPage;
import cn.xinhuo.research.dto.ResearchVisitView;
import cn.xinhuo.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.LinkedHashSet;

/** Research trips (调研) of the caller's subtree, and how many places of each type they reached. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class ResearchVisitService {

    private final ResearchVisitRepository visits;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;

    ResearchVisitService(ResearchVisitRepository visits, OrganizationRepository organizations, CurrentCaller caller) {
        this.visits = visits;
        this.organizations = organizations;
        this.caller = caller;
    }

    @Transactional(TxType.SUPPORTS)
    public ResearchVisitPage search(Long within, LocalDate from, LocalDate to, PageQuery paging) {
        requireVisible(within);
        var items = visits.search(within, from, to, caller.scope(), paging.offset(), paging.size).stream()
                .map(visits::findById).map(this::view).toList();
        return new ResearchVisitPage(items, paging.page, paging.size, visits.count(within, from, to, caller.scope()));
    }

    @Transactional(TxType.SUPPORTS)
    public ResearchSummary summary(Long within, LocalDate from, LocalDate to) {
        requireVisible(within);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badField("to", "period.to-before-from");
        }
        var byType = visits.placesByType(within, from, to, caller.scope()).stream()
                .map(r -> new ResearchSummary.ByType((String) r[0], ((Number) r[1]).longValue())).toList();
        return new ResearchSummary(from, to, visits.count(within, from, to, caller.scope()), byType);
    }

    @Transactional(TxType.SUPPORTS)
    public ResearchVisitView get(long id) {
        return view(load(id));
    }

    public ResearchVisitView create(ResearchVisitForm form) {
        ResearchVisit v = new ResearchVisit();
        apply(form, v);
        visits.persistAndFlush(v);
        return view(v);
    }

    public ResearchVisitView update(long id, long expectedVersion, ResearchVisitForm form) {
        ResearchVisit v = load(id);
        ETags.requireCurrent(expectedVersion, v.version);
        apply(form, v);
        visits.flush();
        return view(v);
    }

    private void apply(ResearchVisitForm form, ResearchVisit v) {
        if (!organizations.isVisible(form.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        for (Long place : form.places()) {
            if (!organizations.isVisible(place, caller.scope())) {
                throw ProblemException.missingReference("places", "research-visit.place.not-found");
            }
        }
        v.organizationId = form.organizationId();
        v.visitedOn = form.visitedOn();
        v.ledBy = form.ledBy().trim();
        v.places = new LinkedHashSet<>(form.places());
        v.topics = form.topics();
        v.findings = form.findings();
        v.measures = form.measures();
    }

    private ResearchVisitView view(ResearchVisit v) {
        var places = v.places.stream().map(organizations::findById)
                .map(o -> new ResearchVisitView.Place(o.id, o.name, o.type.name())).toList();
        return new ResearchVisitView(v.id, v.organizationId, organizations.findById(v.organizationId).name, v.visitedOn,
                v.ledBy, places, v.topics, v.findings, v.measures, v.version);
    }

    private ResearchVisit load(long id) {
        return visits.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("research-visit", id));
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
