package cn.xinhuo.pairing;

import cn.xinhuo.beneficiary.Beneficiary;
import cn.xinhuo.beneficiary.BeneficiaryService;
import cn.xinhuo.beneficiary.dto.BeneficiaryView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.pairing.dto.PairForm;
import cn.xinhuo.pairing.dto.PairPage;
import cn.xinhuo.pairing.dto.PairStatusChangeView;
import cn.xinhuo.pairing.dto.PairUpdate;
import cn.xinhuo.pairing.dto.PairView;
import cn.xinhuo.pairing.dto.ServiceHours;
import cn.xinhuo.pairing.dto.TransitionForm;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.volunteer.Volunteer;
import cn.xinhuo.volunteer.VolunteerRepository;
import cn.xinhuo.volunteer.VolunteerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 帮扶对子 inside the caller's subtree: pairing, the lifecycle, pairs needing attention, hours served. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class PairService {

    /** Service-hour tiers (一星 … 五星志愿者). */
    static final int[] TIERS = {100, 300, 600, 1000, 1500};

    private final PairRepository pairs;
    private final PairStatusChangeRepository history;
    private final ActivityRepository activities;
    private final VolunteerRepository volunteers;
    private final BeneficiaryService beneficiaries;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;
    private final int attentionDays;

    PairService(PairRepository pairs, PairStatusChangeRepository history, ActivityRepository activities,
                VolunteerRepository volunteers, BeneficiaryService beneficiaries, OrganizationRepository organizations,
                CurrentCaller caller, @ConfigProperty(name = "xinhuo.pairs.attention-days", defaultValue = "30") int attentionDays) {
        this.pairs = pairs;
        this.history = history;
        this.activities = activities;
        this.volunteers = volunteers;
        this.beneficiaries = beneficiaries;
        this.organizations = organizations;
        this.caller = caller;
        this.attentionDays = attentionDays;
    }

    @Transactional(TxType.SUPPORTS)
    public PairPage search(PairRepository.Search search, PageQuery paging) {
        requireVisible(search.within());
        List<Long> ids = pairs.search(search, caller.scope(), paging.offset(), paging.size);
        return new PairPage(views(ids), paging.page, paging.size, pairs.count(search, caller.scope()));
    }

    /** Active pairs with no activity for {@code days} (default from configuration), the longest silent first. */
    @Transactional(TxType.SUPPORTS)
    public PairPage attention(Long within, Integer days, PageQuery paging) {
        LocalDate since = LocalDate.now().minusDays(days == null ? attentionDays : days);
        return search(new PairRepository.Search(null, null, null, null, within, since), paging);
    }

    @Transactional(TxType.SUPPORTS)
    public ServiceHours hours(ActivityRepository.By by, Long within, LocalDate from, LocalDate to, PageQuery paging) {
        requireVisible(within);
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badField("to", "period.to-before-from");
        }
        var rows = activities.hours(by, within, from, to, caller.scope(), paging.offset(), paging.size).stream()
                .map(r -> new ServiceHours.Row(r.id(), r.name(), r.hours(), r.activities(), tier(r.hours()))).toList();
        return new ServiceHours(by.name(), from, to, rows, paging.page, paging.size,
                activities.countHoursGroups(by, within, from, to, caller.scope()));
    }

    static int tier(BigDecimal hours) {
        int tier = 0;
        for (int threshold : TIERS) {
            if (hours.compareTo(BigDecimal.valueOf(threshold)) >= 0) {
                tier++;
            }
        }
        return tier;
    }

    @Transactional(TxType.SUPPORTS)
    public PairView get(long id) {
        return view(load(id));
    }

    /** A pair, with its new beneficiary and that one's consent when given inline: all of it or nothing (R3). */
    public PairView create(PairForm form) {
        Volunteer volunteer = volunteers.findInScope(form.volunteerId(), caller.scope())
                .orElseThrow(() -> ProblemException.missingReference("volunteerId", "pair.volunteer.not-found"));
        if ((form.beneficiaryId() == null) == (form.beneficiary() == null)) {
            throw new ProblemException(ProblemType.VALIDATION, List.of(
                    new FieldError("beneficiaryId", "{pair.beneficiary-one-way}"),
                    new FieldError("beneficiary", "{pair.beneficiary-one-way}")), "pair.beneficiary-one-way");
        }
        checkDates(form.startedOn(), form.plannedEndOn());
        PairStatus initial = form.status() == null || form.status().isBlank() ? PairStatus.PROPOSED : PairStatus.valueOf(form.status());
        if (initial == PairStatus.ACTIVE) {
            requireActive(volunteer);
        }
        Beneficiary beneficiary = form.beneficiaryId() != null ? loadBeneficiary(form.beneficiaryId())
                : beneficiaries.register(form.beneficiary());
        if (initial == PairStatus.ACTIVE) {
            requireNoOtherActive(volunteer.id, beneficiary.id, null);
        }
        Pair pair = new Pair();
        pair.organizationId = beneficiary.organizationId;
        pair.volunteerId = volunteer.id;
        pair.beneficiaryId = beneficiary.id;
        pair.type = form.type();
        pair.goals = form.goals();
        pair.startedOn = form.startedOn();
        pair.plannedEndOn = form.plannedEndOn();
        pair.status = initial;
        pairs.persistAndFlush(pair);
        record(pair, initial, form.startedOn(), null);
        return view(pair);
    }

    public PairView update(long id, long expectedVersion, PairUpdate form) {
        Pair pair = load(id);
        ETags.requireCurrent(expectedVersion, pair.version);
        checkDates(form.startedOn(), form.plannedEndOn());
        pair.type = form.type();
        pair.goals = form.goals();
        pair.startedOn = form.startedOn();
        pair.plannedEndOn = form.plannedEndOn();
        pairs.flush();
        return view(pair);
    }

    public PairView transition(long id, long expectedVersion, TransitionForm step) {
        Pair pair = load(id);
        ETags.requireCurrent(expectedVersion, pair.version);
        PairLifecyclePolicy.check(pair.status, step.status(), step.outcomes(), step.outcomeNote(), step.reason());
        if (step.on().isBefore(pair.startedOn)) {
            throw ProblemException.badField("on", "pair.before-start");
        }
        if (step.status() == PairStatus.ACTIVE) {
            requireActive(volunteers.findById(pair.volunteerId));
            requireNoOtherActive(pair.volunteerId, pair.beneficiaryId, pair.id);
        }
        pair.status = step.status();
        if (step.status() == PairStatus.COMPLETED || step.status() == PairStatus.ENDED) {
            pair.closedOn = step.on();
        }
        if (step.status() == PairStatus.COMPLETED) {
            pair.outcomes = step.outcomes().stream().distinct().sorted().map(Enum::name).toArray(String[]::new);
            pair.outcomeNote = step.outcomeNote();
        }
        if (step.status() == PairStatus.ENDED) {
            pair.endReason = step.reason();
        }
        pairs.flush();
        record(pair, step.status(), step.on(), step.reason());
        return view(pair);
    }

    @Transactional(TxType.SUPPORTS)
    public List<PairStatusChangeView> history(long id) {
        load(id);
        return history.historyOf(id).stream()
                .map(c -> new PairStatusChangeView(c.id, c.status, c.changedOn, c.reason, c.updatedBy)).toList();
    }

    /** The pair, if the caller may see it (for its activities). */
    public Pair load(long id) {
        return pairs.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("pair", id));
    }

    private Beneficiary loadBeneficiary(long id) {
        try {
            return beneficiaries.load(id);
        } catch (ProblemException e) {
            throw ProblemException.missingReference("beneficiaryId", "pair.beneficiary.not-found");
        }
    }

    private static void requireActive(Volunteer volunteer) {
        if (volunteer.status != VolunteerStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new FieldError("volunteerId", "{pair.volunteer-not-active}")), "pair.volunteer-not-active");
        }
    }

    private void requireNoOtherActive(long volunteerId, long beneficiaryId, Long except) {
        pairs.activePairOf(volunteerId, beneficiaryId).filter(other -> !other.equals(except)).ifPresent(other -> {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new FieldError("beneficiaryId", "{pair.duplicate-active}")), "pair.duplicate-active", other)
                    .pointingAt("/api/v1/pairs/" + other);
        });
    }

    private static void checkDates(LocalDate startedOn, LocalDate plannedEndOn) {
        if (plannedEndOn != null && plannedEndOn.isBefore(startedOn)) {
            throw ProblemException.badField("plannedEndOn", "period.to-before-from");
        }
    }

    private void requireVisible(Long within) {
        if (within != null && !organizations.isVisible(within, caller.scope())) {
            throw ProblemException.notFound("organization", within);
        }
    }

    private void record(Pair pair, PairStatus status, LocalDate on, String reason) {
        PairStatusChange change = new PairStatusChange();
        change.pairId = pair.id;
        change.status = status;
        change.changedOn = on;
        change.reason = reason;
        history.persist(change);
    }

    PairView view(Pair p) {
        return views(List.of(p.id)).get(0);
    }

    /** A page of pairs in a handful of queries: pairs, totals, volunteers, beneficiaries, organizations. */
    private List<PairView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Pair> byId = pairs.list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<Long, PairRepository.Totals> totals = pairs.totals(ids);
        Map<Long, String> volunteerNames = volunteers.list("id in ?1", byId.values().stream().map(p -> p.volunteerId).distinct().toList())
                .stream().collect(Collectors.toMap(v -> v.id, v -> v.name));
        Map<Long, BeneficiaryView> helped = beneficiaries.views(byId.values().stream().map(p -> p.beneficiaryId).distinct().toList());
        Map<Long, String> places = organizations.namesOf(byId.values().stream().map(p -> p.organizationId).distinct().toList());
        return ids.stream().map(byId::get).map(p -> {
            PairRepository.Totals t = totals.get(p.id);
            BeneficiaryView beneficiary = helped.get(p.beneficiaryId);
            return new PairView(p.id, p.organizationId, places.get(p.organizationId), p.volunteerId,
                    volunteerNames.get(p.volunteerId), p.beneficiaryId, beneficiary.name(), beneficiary.category(),
                    beneficiary.protectedChild(), p.type, p.goals, p.startedOn, p.plannedEndOn, p.status, p.closedOn,
                    p.endReason, Arrays.stream(p.outcomes).map(PairOutcome::valueOf).toList(), p.outcomeNote,
                    t == null ? null : t.lastActivityOn(), t == null ? 0 : t.activities(),
                    t == null ? BigDecimal.ZERO : t.hours(), p.version);
        }).toList();
    }
}
