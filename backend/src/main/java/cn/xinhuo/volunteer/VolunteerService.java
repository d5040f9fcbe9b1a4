package cn.xinhuo.volunteer;

import cn.xinhuo.audit.SecurityEvents;
import cn.xinhuo.audit.SecurityEvents.Outcome;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.privacy.Masking;
import cn.xinhuo.privacy.PersonalDataCipher;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Permission;
import cn.xinhuo.volunteer.dto.EligibilityRuleForm;
import cn.xinhuo.volunteer.dto.EligibilityRuleView;
import cn.xinhuo.volunteer.dto.PersonalData;
import cn.xinhuo.volunteer.dto.StatusChangeForm;
import cn.xinhuo.volunteer.dto.StatusChangeView;
import cn.xinhuo.volunteer.dto.VolunteerForm;
import cn.xinhuo.volunteer.dto.VolunteerPage;
import cn.xinhuo.volunteer.dto.VolunteerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 五老 register inside the caller's subtree: entry with its rules, search, status over time. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class VolunteerService {

    /** More rows than this are an archive, not an export: narrow the filters. */
    static final int EXPORT_LIMIT = 200_000;

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "v.name", "birthDate", "v.birth_date", "joinedOn", "v.joined_on", "id", "v.id");

    private final VolunteerRepository volunteers;
    private final VolunteerStatusChangeRepository statusChanges;
    private final EligibilityRuleRepository rules;
    private final OrganizationRepository organizations;
    private final PersonalDataCipher cipher;
    private final CurrentCaller caller;
    private final SecurityEvents events;
    private final cn.xinhuo.security.RateLimiter rateLimiter;

    VolunteerService(VolunteerRepository volunteers, VolunteerStatusChangeRepository statusChanges,
                     EligibilityRuleRepository rules, OrganizationRepository organizations, PersonalDataCipher cipher,
                     CurrentCaller caller, SecurityEvents events, cn.xinhuo.security.RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
        this.volunteers = volunteers;
        this.statusChanges = statusChanges;
        this.rules = rules;
        this.organizations = organizations;
        this.cipher = cipher;
        this.caller = caller;
        this.events = events;
    }

    @Transactional(TxType.SUPPORTS)
    public VolunteerPage search(VolunteerRepository.Search search, PageQuery paging) {
        var scope = caller.scope();
        if (search.within() != null && !organizations.isVisible(search.within(), scope)) {
            throw ProblemException.notFound("organization", search.within());
        }
        List<Long> ids = volunteers.search(search, scope, paging.orderBy(SORTABLE, "name"), paging.offset(), paging.size);
        Map<Long, Volunteer> byId = ids.isEmpty() ? Map.of()
                : volunteers.list("id in ?1", ids).stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<Long, String> orgNames = organizationNames(byId.values().stream().map(v -> v.organizationId).collect(Collectors.toSet()));
        List<VolunteerView> items = ids.stream().map(byId::get).map(v -> view(v, orgNames.get(v.organizationId))).toList();
        return new VolunteerPage(items, paging.page, paging.size, volunteers.count(search, scope));
    }

    /**
     * The filtered register as .xlsx, inside the scope and masked like every list; the export is
     * written to the audit trail with its filters and size, and limited per user (V3).
     */
    public jakarta.ws.rs.core.StreamingOutput export(VolunteerRepository.Search search) {
        var scope = caller.scope();
        if (search.within() != null && !organizations.isVisible(search.within(), scope)) {
            throw ProblemException.notFound("organization", search.within());
        }
        rateLimiter.export("volunteers", caller.actorName());
        long total = volunteers.count(search, scope);
        if (total > EXPORT_LIMIT) {
            throw ProblemException.badField("within", "volunteer.export-too-large", EXPORT_LIMIT);
        }
        events.record("VOLUNTEER_EXPORT", Outcome.SUCCESS, caller.actorName(), "volunteer", null,
                scope.isEverything() ? null : scope.rootOrganizationId(), caller.clientAddress(),
                total + " rows; filters " + search);
        PageQuery paging = new PageQuery();
        paging.size = 1000;
        return out -> VolunteerExport.write(out, page -> {
            paging.page = page;
            return exportPage(search, scope, paging);
        });
    }

    /** One page of the export in its own transaction (the response is written after the request's). */
    @Transactional(TxType.REQUIRES_NEW)
    List<VolunteerView> exportPage(VolunteerRepository.Search search, cn.xinhuo.security.Scope scope, PageQuery paging) {
        List<Long> ids = volunteers.search(search, scope, "o.path, v.name", paging.offset(), paging.size);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Volunteer> byId = volunteers.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<Long, String> orgNames = organizationNames(byId.values().stream().map(v -> v.organizationId).collect(Collectors.toSet()));
        return ids.stream().map(byId::get).map(v -> view(v, orgNames.get(v.organizationId))).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public VolunteerView get(long id) {
        Volunteer v = load(id);
        return view(v, organizations.findById(v.organizationId).name);
    }

    /** The unmasked numbers; each view is written to the audit trail (P1, Z3). */
    public PersonalData personalData(long id) {
        Volunteer v = load(id);
        events.record("PERSONAL_DATA_VIEWED", Outcome.SUCCESS, caller.actorName(), "volunteer", v.id, v.organizationId,
                caller.clientAddress(), "id card and mobile number");
        return new PersonalData(cipher.decrypt(v.idCardCipher), cipher.decrypt(v.mobileCipher));
    }

    public VolunteerView create(VolunteerForm form) {
        Volunteer v = new Volunteer();
        apply(form, v, true);
        volunteers.persistAndFlush(v);
        recordRegistration(v, "登记");
        return get(v.id);
    }

    public VolunteerView update(long id, long expectedVersion, VolunteerForm form) {
        Volunteer v = load(id);
        ETags.requireCurrent(expectedVersion, v.version);
        apply(form, v, false);
        volunteers.flush();
        return get(id);
    }

    /** A new status (进城养老, 陪读, back to ACTIVE …) with its date and reason, kept in the history. */
    public VolunteerView changeStatus(long id, long expectedVersion, StatusChangeForm change) {
        Volunteer v = load(id);
        ETags.requireCurrent(expectedVersion, v.version);
        if (v.status == VolunteerStatus.DECEASED) {
            throw new ProblemException(ProblemType.CONFLICT, "volunteer.deceased");
        }
        v.status = change.status();
        volunteers.flush();
        record(v, change.status(), change.changedOn(), change.reason());
        return get(id);
    }

    @Transactional(TxType.SUPPORTS)
    public List<StatusChangeView> history(long id) {
        load(id);
        return statusChanges.historyOf(id).stream()
                .map(c -> new StatusChangeView(c.id, c.status, c.changedOn, c.reason, c.updatedBy)).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public List<EligibilityRuleView> rules() {
        return rules.history().stream()
                .map(r -> new EligibilityRuleView(r.id, r.residence, r.gender, r.minAge, r.effectiveFrom)).toList();
    }

    /**
     * On an update a number left out (null) is kept, so those who may not read it can edit the rest;
     * an empty string clears it.
     */
    /** A new rule version; the same residence, gender and date twice is a conflict. */
    public EligibilityRuleView addRule(EligibilityRuleForm form) {
        if (rules.count("residence = ?1 and gender = ?2 and effectiveFrom = ?3", form.residence(), form.gender(),
                form.effectiveFrom()) > 0) {
            throw ProblemException.badField("effectiveFrom", "volunteer.rule-exists");
        }
        EligibilityRule rule = new EligibilityRule();
        rule.residence = form.residence();
        rule.gender = form.gender();
        rule.minAge = form.minAge();
        rule.effectiveFrom = form.effectiveFrom();
        rules.persistAndFlush(rule);
        return new EligibilityRuleView(rule.id, rule.residence, rule.gender, rule.minAge, rule.effectiveFrom);
    }

    /**
     * Who would fall outside a threshold: active 五老 of that residence and gender in the caller's
     * scope younger than {@code minAge} on {@code day} — shown before a rule is changed.
     */
    @Transactional(TxType.SUPPORTS)
    public VolunteerPage outside(Residence residence, Gender gender, int minAge, LocalDate day, PageQuery paging) {
        var scope = caller.scope();
        List<Long> ids = volunteers.belowAge(residence, gender, day.minusYears(minAge), scope, paging.offset(), paging.size);
        Map<Long, Volunteer> byId = ids.isEmpty() ? Map.of()
                : volunteers.list("id in ?1", ids).stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<Long, String> orgNames = organizationNames(byId.values().stream().map(v -> v.organizationId).collect(Collectors.toSet()));
        List<VolunteerView> items = ids.stream().map(byId::get).map(v -> view(v, orgNames.get(v.organizationId))).toList();
        return new VolunteerPage(items, paging.page, paging.size,
                volunteers.countBelowAge(residence, gender, day.minusYears(minAge), scope));
    }

    private void apply(VolunteerForm form, Volunteer v, boolean creating) {
        if (!organizations.isVisible(form.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        LocalDate day = form.joinedOn() != null ? form.joinedOn() : LocalDate.now();
        EligibilityPolicy.check(rules.inForce(form.residence(), form.gender(), day), form.birthDate(), day,
                form.eligibilityOverrideReason(), caller.get().has(Permission.ELIGIBILITY_OVERRIDE));
        boolean keepIdCard = !creating && form.idCardNumber() == null;
        boolean keepMobile = !creating && form.mobile() == null;
        String idCard = keepIdCard ? cipher.decrypt(v.idCardCipher)
                : form.idCardNumber() == null || form.idCardNumber().isBlank() ? null : form.idCardNumber().trim().toUpperCase();
        String idCardHash = cipher.keyedHash(idCard);
        if (idCardHash != null) {
            volunteers.findByIdCardHash(idCardHash).filter(other -> !other.id.equals(v.id)).ifPresent(other -> {
                throw new ProblemException(ProblemType.CONFLICT,
                        List.of(new FieldError("idCardNumber", "{volunteer.duplicate-id-card}")),
                        "volunteer.duplicate-id-card", other.id).pointingAt("/api/v1/volunteers/" + other.id);
            });
        }
        String name = form.name().trim();
        if (!form.confirmPossibleDuplicate()) {
            volunteers.sameNameAndBirthInTownship(name, form.birthDate(), form.organizationId(), v.id).ifPresent(other -> {
                throw new ProblemException(ProblemType.POSSIBLE_DUPLICATE, List.of(), "volunteer.possible-duplicate", other)
                        .pointingAt("/api/v1/volunteers/" + other);
            });
        }
        fill(v, form, idCard, keepMobile);
    }

    /**
     * Copies a checked form onto a record: the name's pinyin initials, the numbers encrypted with
     * their keyed hashes (the mobile number kept when {@code keepMobile}).
     */
    void fill(Volunteer v, VolunteerForm form, String idCard, boolean keepMobile) {
        v.organizationId = form.organizationId();
        v.name = form.name().trim();
        v.nameInitials = NameInitials.of(v.name);
        v.gender = form.gender();
        v.birthDate = form.birthDate();
        v.ethnicity = form.ethnicity();
        v.idCardHash = cipher.keyedHash(idCard);
        v.idCardCipher = cipher.encrypt(idCard);
        if (!keepMobile) {
            String mobile = form.mobile() == null || form.mobile().isBlank() ? null : form.mobile().trim();
            v.mobileHash = cipher.keyedHash(mobile);
            v.mobileCipher = cipher.encrypt(mobile);
        }
        v.residence = form.residence();
        v.categories = form.categories().stream().sorted().map(Enum::name).toArray(String[]::new);
        v.formerOccupation = form.formerOccupation();
        v.specialties = form.specialties();
        v.politicalStatus = form.politicalStatus();
        v.health = form.health();
        v.joinedOn = form.joinedOn();
        v.eligibilityOverrideReason = form.eligibilityOverrideReason();
    }

    /** The first entry of a new record's status history. */
    void recordRegistration(Volunteer v, String reason) {
        record(v, VolunteerStatus.ACTIVE, v.joinedOn != null ? v.joinedOn : LocalDate.now(), reason);
    }

    private void record(Volunteer v, VolunteerStatus status, LocalDate on, String reason) {
        VolunteerStatusChange change = new VolunteerStatusChange();
        change.volunteerId = v.id;
        change.status = status;
        change.changedOn = on;
        change.reason = reason;
        statusChanges.persist(change);
    }

    private Volunteer load(long id) {
        return volunteers.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("volunteer", id));
    }

    private Map<Long, String> organizationNames(Set<Long> ids) {
        return organizations.namesOf(ids);
    }

    private VolunteerView view(Volunteer v, String organizationName) {
        Set<VolunteerCategory> categories = EnumSet.noneOf(VolunteerCategory.class);
        Arrays.stream(v.categories).map(VolunteerCategory::valueOf).forEach(categories::add);
        return new VolunteerView(v.id, v.organizationId, organizationName, v.name, v.gender, v.birthDate,
                EligibilityPolicy.ageOn(v.birthDate, LocalDate.now()), v.ethnicity,
                Masking.idCard(cipher.decrypt(v.idCardCipher)), Masking.mobile(cipher.decrypt(v.mobileCipher)),
                v.residence, categories, v.formerOccupation, v.specialties, v.politicalStatus, v.health, v.joinedOn,
                v.status, v.eligibilityOverrideReason, v.version);
    }
}
