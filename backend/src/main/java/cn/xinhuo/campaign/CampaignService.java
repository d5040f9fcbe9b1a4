package cn.xinhuo.campaign;

import cn.xinhuo.campaign.dto.CampaignForm;
import cn.xinhuo.campaign.dto.CampaignPage;
import cn.xinhuo.campaign.dto.CampaignProgress;
import cn.xinhuo.campaign.dto.CampaignView;
import cn.xinhuo.campaign.dto.EnrolmentChange;
import cn.xinhuo.campaign.dto.EnrolmentForm;
import cn.xinhuo.campaign.dto.EnrolmentPage;
import cn.xinhuo.campaign.dto.EnrolmentView;
import cn.xinhuo.campaign.dto.YearTarget;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.Organization;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 五好 campaign's plans: a committee sets yearly targets by organization type, the townships
 * below report which organizations enter the ranks and when, and progress is counted against them.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class CampaignService {

    private final CampaignRepository repository;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;

    CampaignService(CampaignRepository repository, OrganizationRepository organizations, CurrentCaller caller) {
        this.repository = repository;
        this.organizations = organizations;
        this.caller = caller;
    }

    @Transactional(TxType.SUPPORTS)
    public CampaignPage search(Long covering, PageQuery paging) {
        requireVisible(covering);
        List<Long> ids = repository.campaigns(covering, caller.scope(), paging.offset(), paging.size);
        return new CampaignPage(views(ids), paging.page, paging.size, repository.countCampaigns(covering, caller.scope()));
    }

    @Transactional(TxType.SUPPORTS)
    public CampaignView get(long id) {
        return view(load(id));
    }

    public CampaignView create(CampaignForm form) {
        Campaign c = new Campaign();
        apply(form, c);
        repository.em().persist(c);
        repository.em().flush();
        return view(c);
    }

    public CampaignView update(long id, long expectedVersion, CampaignForm form) {
        Campaign c = load(id);
        ETags.requireCurrent(expectedVersion, c.version);
        List<Integer> outside = repository.enrolmentYearsOutside(c.id, form.startYear(), form.endYear());
        if (!outside.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, List.of(new FieldError("startYear", "{campaign.enrolments-outside-years}")),
                    "campaign.enrolments-outside-years", outside.get(0));
        }
        apply(form, c);
        repository.em().flush();
        return view(c);
    }

    private void apply(CampaignForm form, Campaign c) {
        if (!organizations.isVisible(form.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        CampaignPolicy.checkPlan(form);
        c.organizationId = form.organizationId();
        c.name = form.name().trim();
        c.startYear = form.startYear();
        c.endYear = form.endYear();
        c.targets = new ArrayList<>(form.targets().stream()
                .sorted(Comparator.comparing(YearTarget::year).thenComparing(YearTarget::organizationType)).toList());
    }

    // ---- enrolments -----------------------------------------------------------------------------

    @Transactional(TxType.SUPPORTS)
    public EnrolmentPage enrolments(long campaignId, CampaignRepository.EnrolmentSearch search, PageQuery paging) {
        load(campaignId);
        requireVisible(search.within());
        return new EnrolmentPage(repository.enrolments(campaignId, search, caller.scope(), paging.offset(), paging.size),
                paging.page, paging.size, repository.countEnrolments(campaignId, search, caller.scope()));
    }

    public EnrolmentView enrol(long campaignId, EnrolmentForm form) {
        Campaign c = load(campaignId);
        Organization organization = enrollable(c, form.organizationId());
        CampaignPolicy.checkEnrolment(c, form, organization.type);
        requireNoClash(c.id, organization.id, form.status(), null);
        CampaignEnrolment e = new CampaignEnrolment();
        e.campaignId = c.id;
        e.organizationId = organization.id;
        apply(form, e);
        repository.em().persist(e);
        repository.em().flush();
        return enrolmentView(c.id, e.id);
    }

    /** Changes the year, the status (a planned organization enrols) or the note; not the organization. */
    public EnrolmentView updateEnrolment(long campaignId, long id, long expectedVersion, EnrolmentChange change) {
        Campaign c = load(campaignId);
        CampaignEnrolment e = loadEnrolment(c.id, id);
        ETags.requireCurrent(expectedVersion, e.version);
        EnrolmentForm form = new EnrolmentForm(e.organizationId, change.planYear(), change.status(), change.enrolledOn(), change.note());
        CampaignPolicy.checkEnrolment(c, form, organizations.findById(e.organizationId).type);
        requireNoClash(c.id, e.organizationId, form.status(), e.id);
        apply(form, e);
        repository.em().flush();
        return enrolmentView(c.id, e.id);
    }

    @Transactional(TxType.SUPPORTS)
    public EnrolmentView enrolment(long campaignId, long id) {
        return enrolmentView(load(campaignId).id, loadEnrolment(campaignId, id).id);
    }

    /** Listed once per plan, enrolled once at all. */
    private void requireNoClash(long campaignId, long organizationId, EnrolmentStatus status, Long except) {
        repository.clashingEnrolment(campaignId, organizationId, status == EnrolmentStatus.ENROLLED, except).ifPresent(existing -> {
            throw new ProblemException(ProblemType.CONFLICT, List.of(new FieldError("organizationId", "{campaign.already-enrolled}")),
                    "campaign.already-enrolled", existing);
        });
    }

    private void apply(EnrolmentForm form, CampaignEnrolment e) {
        e.planYear = form.planYear();
        e.status = form.status();
        e.enrolledOn = form.enrolledOn();
        e.note = form.note();
    }

    private Organization enrollable(Campaign c, long organizationId) {
        if (!organizations.isVisible(organizationId, caller.scope()) || !organizations.isWithinSubtree(organizationId, c.organizationId)) {
            throw ProblemException.missingReference("organizationId", "campaign.organization.not-found");
        }
        return organizations.findById(organizationId);
    }

    private EnrolmentView enrolmentView(long campaignId, long id) {
        return repository.enrolment(campaignId, id, caller.scope()).orElseThrow(() -> ProblemException.notFound("campaign-enrolment", id));
    }

    // ---- progress -------------------------------------------------------------------------------

    @Transactional(TxType.SUPPORTS)
    public CampaignProgress progress(long campaignId, Long within) {
        Campaign c = load(campaignId);
        requireVisible(within);
        List<CampaignRepository.Counts> counts = repository.counts(c.id, within, caller.scope());
        // every (year, type) with a target or with an organization, in order
        Map<String, CampaignProgress.Row> years = new TreeMap<>();
        for (YearTarget t : c.targets) {
            years.put(key(t.year(), t.organizationType()), row(t.year(), t.organizationType(), t.target(), 0, 0, 0));
        }
        for (CampaignRepository.Counts n : counts) {
            int target = c.targets.stream().filter(t -> t.year().equals(n.year()) && t.organizationType() == n.type())
                    .mapToInt(YearTarget::target).sum();
            years.put(key(n.year(), n.type()), row(n.year(), n.type(), target, n.planned(), n.enrolled(), n.awarded()));
        }
        Map<OrganizationType, CampaignProgress.Row> totals = new TreeMap<>();
        for (CampaignProgress.Row r : years.values()) {
            totals.merge(r.organizationType(), row(null, r.organizationType(), r.target(), r.planned(), r.enrolled(), r.awarded()),
                    (a, b) -> row(null, a.organizationType(), a.target() + b.target(), a.planned() + b.planned(),
                            a.enrolled() + b.enrolled(), a.awarded() + b.awarded()));
        }
        return new CampaignProgress(c.id, List.copyOf(years.values()), List.copyOf(totals.values()));
    }

    private static String key(int year, OrganizationType type) {
        return year + "/" + type.ordinal();
    }

    private static CampaignProgress.Row row(Integer year, OrganizationType type, int target, long planned, long enrolled, long awarded) {
        BigDecimal reached = target == 0 ? null
                : BigDecimal.valueOf(enrolled * 100).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
        return new CampaignProgress.Row(year, type, target, planned, enrolled, awarded, reached);
    }

    // ---- loading --------------------------------------------------------------------------------

    private CampaignView view(Campaign c) {
        return views(List.of(c.id)).get(0);
    }

    /** A page of plans in two queries: the plans and their committees. */
    private List<CampaignView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Campaign> byId = repository.campaigns(ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<Long, String> names = organizations.namesOf(byId.values().stream().map(c -> c.organizationId).distinct().toList());
        return ids.stream().map(byId::get).map(c -> new CampaignView(c.id, c.organizationId, names.get(c.organizationId), c.name,
                c.startYear, c.endYear, List.copyOf(c.targets), c.version)).toList();
    }

    private Campaign load(long id) {
        return repository.visible(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("campaign", id));
    }

    private CampaignEnrolment loadEnrolment(long campaignId, long id) {
        return repository.enrolmentInScope(campaignId, id, caller.scope())
                .orElseThrow(() -> ProblemException.notFound("campaign-enrolment", id));
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
