package cn.xinhuo.research;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.Organization;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        String subtree = organizations.subtreePath(within, caller.scope());
        List<Long> ids = visits.search(subtree, from, to, paging.offset(), paging.size);
        return new ResearchVisitPage(views(ids), paging.page, paging.size, visits.count(subtree, from, to));
    }

    @Transactional(TxType.SUPPORTS)
    public ResearchSummary summary(Long within, LocalDate from, LocalDate to) {
        String subtree = organizations.subtreePath(within, caller.scope());
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badField("to", "period.to-before-from");
        }
        var byType = visits.placesByType(subtree, from, to).stream()
                .map(r -> new ResearchSummary.ByType((String) r[0], ((Number) r[1]).longValue())).toList();
        return new ResearchSummary(from, to, visits.count(subtree, from, to), byType);
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
        return views(List.of(v.id)).get(0);
    }

    /** A page of visits in two queries: the visits with their places, and the organizations they name. */
    private List<ResearchVisitView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ResearchVisit> byId = visits.withPlaces(ids).stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<Long, Organization> named = organizations.list("id in ?1", byId.values().stream()
                        .flatMap(v -> Stream.concat(Stream.of(v.organizationId), v.places.stream())).distinct().toList())
                .stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        return ids.stream().map(byId::get).map(v -> new ResearchVisitView(v.id, v.organizationId, named.get(v.organizationId).name,
                v.visitedOn, v.ledBy, v.places.stream().map(named::get).map(ResearchVisitService::place).toList(), v.topics,
                v.findings, v.measures, v.version)).toList();
    }

    private static ResearchVisitView.Place place(Organization o) {
        return new ResearchVisitView.Place(o.id, o.name, o.type.name());
    }

    private ResearchVisit load(long id) {
        return visits.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("research-visit", id));
    }
}
