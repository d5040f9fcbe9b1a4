package cn.xinhuo.beneficiary;

import cn.xinhuo.audit.SecurityEvents;
import cn.xinhuo.audit.SecurityEvents.Outcome;
import cn.xinhuo.beneficiary.dto.BeneficiaryForm;
import cn.xinhuo.beneficiary.dto.BeneficiaryPage;
import cn.xinhuo.beneficiary.dto.BeneficiaryPersonalData;
import cn.xinhuo.beneficiary.dto.BeneficiaryView;
import cn.xinhuo.beneficiary.dto.ConsentForm;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.privacy.Masking;
import cn.xinhuo.privacy.PersonalDataCipher;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Permission;
import cn.xinhuo.volunteer.NameInitials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The people the 五老 help, inside the caller's subtree; children's data kept to the rules of PIPL. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class BeneficiaryService {

    private final BeneficiaryRepository beneficiaries;
    private final OrganizationRepository organizations;
    private final PersonalDataCipher cipher;
    private final CurrentCaller caller;
    private final SecurityEvents events;

    BeneficiaryService(BeneficiaryRepository beneficiaries, OrganizationRepository organizations, PersonalDataCipher cipher,
                       CurrentCaller caller, SecurityEvents events) {
        this.beneficiaries = beneficiaries;
        this.organizations = organizations;
        this.cipher = cipher;
        this.caller = caller;
        this.events = events;
    }

    @Transactional(TxType.SUPPORTS)
    public BeneficiaryPage search(BeneficiaryRepository.Search search, PageQuery paging) {
        var scope = caller.scope();
        if (search.within() != null && !organizations.isVisible(search.within(), scope)) {
            throw ProblemException.notFound("organization", search.within());
        }
        List<Long> ids = beneficiaries.search(search, scope, paging.offset(), paging.size);
        Map<Long, BeneficiaryView> views = views(ids);
        List<BeneficiaryView> items = ids.stream().map(views::get).toList();
        return new BeneficiaryPage(items, paging.page, paging.size, beneficiaries.count(search, scope));
    }

    @Transactional(TxType.SUPPORTS)
    public BeneficiaryView get(long id) {
        return view(load(id));
    }

    /**
     * Masked views of beneficiaries the caller already reached through records of its scope (a
     * page of pairs): one query for the people and one for their organizations.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<Long, BeneficiaryView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Beneficiary> found = beneficiaries.list("id in ?1", ids);
        Map<Long, String> names = organizations.namesOf(found.stream().map(b -> b.organizationId).distinct().toList());
        return found.stream().collect(Collectors.toMap(b -> b.id, b -> view(b, names.get(b.organizationId))));
    }

    /** The full record; each view is written to the audit trail (P1). */
    public BeneficiaryPersonalData personalData(long id) {
        Beneficiary b = load(id);
        events.record("PERSONAL_DATA_VIEWED", Outcome.SUCCESS, caller.actorName(), "beneficiary", b.id, b.organizationId,
                caller.clientAddress(), "beneficiary record");
        ConsentForm consent = b.consentGivenOn == null ? null
                : new ConsentForm(b.consentGivenBy, b.consentGivenOn, b.consentMethod, b.consentNoticeVersion);
        return new BeneficiaryPersonalData(b.name, b.birthDate, b.situation, b.guardianName, b.guardianRelation,
                cipher.decrypt(b.guardianPhoneCipher), b.parentsWhereabouts, consent);
    }

    public BeneficiaryView create(BeneficiaryForm form) {
        return view(register(form));
    }

    /** A new beneficiary inside the caller's transaction (a pair created with its beneficiary). */
    public Beneficiary register(BeneficiaryForm form) {
        Beneficiary b = new Beneficiary();
        apply(form, b, true);
        beneficiaries.persistAndFlush(b);
        return b;
    }

    public BeneficiaryView update(long id, long expectedVersion, BeneficiaryForm form) {
        Beneficiary b = load(id);
        ETags.requireCurrent(expectedVersion, b.version);
        // the caller saw this child's record masked: it may not write over what it could not read
        if (ChildProtectionPolicy.isProtectedChild(b.birthDate, LocalDate.now())
                && !caller.get().has(Permission.PERSONAL_DATA_VIEW)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "beneficiary.child-needs-personal-data-view");
        }
        apply(form, b, false);
        beneficiaries.flush();
        return view(b);
    }

    public Beneficiary load(long id) {
        return beneficiaries.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("beneficiary", id));
    }

    private void apply(BeneficiaryForm form, Beneficiary b, boolean creating) {
        if (!organizations.isVisible(form.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        ChildProtectionPolicy.check(form, LocalDate.now());
        b.organizationId = form.organizationId();
        b.name = form.name().trim();
        b.nameInitials = NameInitials.of(b.name);
        b.gender = form.gender();
        b.birthDate = form.birthDate();
        b.category = form.category();
        b.situation = form.situation();
        b.guardianName = form.guardianName();
        b.guardianRelation = form.guardianRelation();
        if (creating || form.guardianPhone() != null) {
            String phone = form.guardianPhone() == null || form.guardianPhone().isBlank() ? null : form.guardianPhone().trim();
            b.guardianPhoneHash = cipher.keyedHash(phone);
            b.guardianPhoneCipher = cipher.encrypt(phone);
        }
        b.parentsWhereabouts = form.parentsWhereabouts();
        ConsentForm consent = form.consent();
        b.consentGivenBy = consent == null ? null : consent.givenBy().trim();
        b.consentGivenOn = consent == null ? null : consent.givenOn();
        b.consentMethod = consent == null ? null : consent.method();
        b.consentNoticeVersion = consent == null ? null : consent.noticeVersion().trim();
    }

    private BeneficiaryView view(Beneficiary b) {
        return view(b, organizations.findById(b.organizationId).name);
    }

    private BeneficiaryView view(Beneficiary b, String organizationName) {
        LocalDate today = LocalDate.now();
        boolean child = ChildProtectionPolicy.isProtectedChild(b.birthDate, today);
        return new BeneficiaryView(b.id, b.organizationId, organizationName, child ? Masking.name(b.name) : b.name,
                b.gender, child ? null : b.birthDate, ChildProtectionPolicy.ageOn(b.birthDate, today), b.category, child,
                child ? null : b.situation, child ? Masking.name(b.guardianName) : b.guardianName, b.guardianRelation,
                Masking.mobile(cipher.decrypt(b.guardianPhoneCipher)), child ? null : b.parentsWhereabouts,
                b.consentGivenOn, b.consentMethod, b.consentNoticeVersion, b.version);
    }
}
