package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.EvaluationForm;
import cn.xinhuo.assessment.dto.EvaluationPage;
import cn.xinhuo.assessment.dto.EvaluationView;
import cn.xinhuo.assessment.dto.EvidenceView;
import cn.xinhuo.assessment.dto.SpotCheckDuePage;
import cn.xinhuo.assessment.dto.TemplateForm;
import cn.xinhuo.assessment.dto.TemplatePage;
import cn.xinhuo.assessment.dto.TemplateView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.persistence.InOrder;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Score sheets and evaluations inside the caller's subtree. A sheet once used never changes: an
 * edit makes its next version, so every evaluation keeps the sheet it was scored on.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class AssessmentService {

    private final AssessmentRepository repository;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;

    AssessmentService(AssessmentRepository repository, OrganizationRepository organizations, CurrentCaller caller) {
        this.repository = repository;
        this.organizations = organizations;
        this.caller = caller;
    }

    // ---- templates ------------------------------------------------------------------------------

    @Transactional(TxType.SUPPORTS)
    public TemplatePage templates(AssessmentRepository.TemplateSearch search, PageQuery paging) {
        requireVisible(search.within());
        requireVisible(search.usableFor());
        var rows = InOrder.load(repository.templates(search, caller.scope(), paging.offset(), paging.size),
                ids -> List.copyOf(repository.templatesById(ids).values()), t -> t.id);
        return new TemplatePage(templateViews(rows), paging.page, paging.size, repository.countTemplates(search, caller.scope()));
    }

    @Transactional(TxType.SUPPORTS)
    public TemplateView template(long id) {
        return view(loadTemplate(id));
    }

    public TemplateView createTemplate(TemplateForm form) {
        AssessmentTemplate t = new AssessmentTemplate();
        apply(form, t);
        repository.em().persist(t);
        repository.em().flush();
        t.familyId = t.id;
        repository.em().flush();
        return view(t);
    }

    /** Changes a sheet; one already used gets a new version instead, and the old one stays as it was. */
    public TemplateView updateTemplate(long id, long expectedVersion, TemplateForm form) {
        AssessmentTemplate t = loadTemplate(id);
        ETags.requireCurrent(expectedVersion, t.version);
        if (!t.current) {
            throw new ProblemException(ProblemType.CONFLICT, "assessment-template.superseded");
        }
        if (!repository.inUse(t.id)) {
            apply(form, t);
            repository.em().flush();
            return view(t);
        }
        AssessmentTemplate next = new AssessmentTemplate();
        apply(form, next);
        next.familyId = t.familyId;
        next.versionNo = repository.lastVersionNo(t.familyId) + 1;
        t.current = false;
        repository.em().persist(next);
        repository.em().flush();
        return view(next);
    }

    private void apply(TemplateForm form, AssessmentTemplate t) {
        if (!organizations.isVisible(form.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        ScoringPolicy.checkTemplate(form.criteria(), form.passTotal());
        t.organizationId = form.organizationId();
        t.kind = form.kind();
        t.name = form.name().trim();
        t.criteria = new ArrayList<>(form.criteria());
        t.passTotal = form.passTotal();
        t.passPerCriterion = form.passPerCriterion();
    }

    private static BigDecimal maxTotal(AssessmentTemplate t) {
        return t.criteria.stream().map(c -> c.maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private TemplateView view(AssessmentTemplate t) {
        return templateViews(List.of(t)).get(0);
    }

    /** A page of sheets in two statements: which are in use, and their organizations' names. */
    private List<TemplateView> templateViews(List<AssessmentTemplate> page) {
        Set<Long> used = repository.inUse(page.stream().map(t -> t.id).toList());
        Map<Long, String> places = organizations.namesOf(page.stream().map(t -> t.organizationId).toList());
        return page.stream().map(t -> new TemplateView(t.id, t.familyId == null ? t.id : t.familyId, t.versionNo, t.current,
                used.contains(t.id), t.organizationId, places.get(t.organizationId), t.kind, t.name, t.criteria, maxTotal(t),
                t.passTotal, t.passPerCriterion, t.version)).toList();
    }

    private AssessmentTemplate loadTemplate(long id) {
        return repository.templateInScope(id, caller.scope())
                .orElseThrow(() -> ProblemException.notFound("assessment-template", id));
    }

    // ---- evaluations ----------------------------------------------------------------------------

    @Transactional(TxType.SUPPORTS)
    public EvaluationPage evaluations(AssessmentRepository.EvaluationSearch search, PageQuery paging) {
        requireVisible(search.within());
        requireVisible(search.organizationId());
        var rows = InOrder.load(repository.evaluations(search, caller.scope(), paging.offset(), paging.size),
                ids -> repository.em().createQuery("from Evaluation e where e.id in :ids", Evaluation.class)
                        .setParameter("ids", ids).getResultList(), e -> e.id);
        return new EvaluationPage(evaluationViews(rows), paging.page, paging.size, repository.countEvaluations(search, caller.scope()));
    }

    @Transactional(TxType.SUPPORTS)
    public EvaluationView evaluation(long id) {
        return view(loadEvaluation(id));
    }

    public EvaluationView createEvaluation(EvaluationForm form) {
        Evaluation e = new Evaluation();
        apply(form, e);
        repository.em().persist(e);
        repository.em().flush();
        return view(e);
    }

    public EvaluationView updateEvaluation(long id, long expectedVersion, EvaluationForm form) {
        Evaluation e = loadEvaluation(id);
        ETags.requireCurrent(expectedVersion, e.version);
        if (e.status != EvaluationStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, "evaluation.not-draft");
        }
        apply(form, e);
        repository.em().flush();
        return view(e);
    }

    /** DRAFT → SUBMITTED → CONFIRMED; nothing else, and a confirmed evaluation is final. */
    public EvaluationView step(long id, long expectedVersion, EvaluationStatus to) {
        Evaluation e = loadEvaluation(id);
        ETags.requireCurrent(expectedVersion, e.version);
        boolean allowed = e.status == EvaluationStatus.DRAFT && to == EvaluationStatus.SUBMITTED
                || e.status == EvaluationStatus.SUBMITTED && to == EvaluationStatus.CONFIRMED;
        if (!allowed) {
            throw new ProblemException(ProblemType.CONFLICT, List.of(new FieldError("status", "{evaluation.step-not-allowed}")),
                    "evaluation.step-not-allowed", e.status.name(), to.name());
        }
        e.status = to;
        repository.em().flush();
        return view(e);
    }

    // ---- evidence -------------------------------------------------------------------------------

    /** Keeps a photo or scan with a draft evaluation (EvidencePolicy). Files never change, so no version is asked for. */
    public EvidenceView addEvidence(long evaluationId, String mediaType, String fileName, byte[] content) {
        Evaluation e = loadDraft(evaluationId);
        EvidencePolicy.check(mediaType, content, repository.evidence(e.id).size());
        EvaluationEvidence x = new EvaluationEvidence();
        x.evaluationId = e.id;
        x.organizationId = e.organizationId;
        x.fileName = fileName == null || fileName.isBlank() ? "evidence" : fileName.trim();
        x.mediaType = mediaType;
        x.sizeBytes = content.length;
        x.sha256 = sha256(content);
        x.content = content;
        repository.em().persist(x);
        repository.em().flush();
        return repository.evidence(e.id).stream().filter(v -> v.id() == x.id).findFirst().orElseThrow();
    }

    @Transactional(TxType.SUPPORTS)
    public EvaluationEvidence evidenceFile(long evaluationId, long id) {
        Evaluation e = loadEvaluation(evaluationId);
        return repository.evidenceOf(e.id, id).orElseThrow(() -> ProblemException.notFound("evidence", id));
    }

    public void removeEvidence(long evaluationId, long id) {
        Evaluation e = loadDraft(evaluationId);
        repository.em().remove(repository.evidenceOf(e.id, id).orElseThrow(() -> ProblemException.notFound("evidence", id)));
        repository.em().flush();
    }

    private Evaluation loadDraft(long id) {
        Evaluation e = loadEvaluation(id);
        if (e.status != EvaluationStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, "evaluation.not-draft");
        }
        return e;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The title holders' spot checks of a year as of a day: two a year, one per half-year held. */
    @Transactional(TxType.SUPPORTS)
    public SpotCheckDuePage spotChecksDue(int year, LocalDate asOf, Long within, boolean overdueOnly, PageQuery paging) {
        requireVisible(within);
        long[] counts = repository.countSpotChecksDue(year, asOf, within, overdueOnly, caller.scope());
        return new SpotCheckDuePage(repository.spotChecksDue(year, asOf, within, overdueOnly, caller.scope(), paging.offset(),
                paging.size), paging.page, paging.size, counts[0], year, asOf, counts[1]);
    }

    private void apply(EvaluationForm form, Evaluation e) {
        if (!organizations.isVisible(form.organizationId(), caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
        AssessmentTemplate t = repository.em().find(AssessmentTemplate.class, form.templateId());
        // a sheet of the organization itself or of one above it, in its current version — or, for a
        // draft begun before the sheet got a new version, the version it was begun on
        boolean keptVersion = t != null && t.id.equals(e.templateId);
        if (t == null || !t.current && !keptVersion || !organizations.isWithinSubtree(form.organizationId(), t.organizationId)) {
            throw ProblemException.missingReference("templateId", "evaluation.template.not-usable");
        }
        List<FieldError> misfits = new ArrayList<>();
        if (!t.kind.scores(form.kind())) {
            misfits.add(new FieldError("kind", "{evaluation.kind-not-for-template}"));
        }
        if (!t.kind.scores(organizations.findById(form.organizationId()).type)) {
            misfits.add(new FieldError("organizationId", "{evaluation.organization-not-for-template}"));
        }
        if (!misfits.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, misfits, "validation.detail",
                    String.join(", ", misfits.stream().map(FieldError::field).toList()));
        }
        var scores = form.scores() == null ? List.<cn.xinhuo.assessment.dto.ItemScore>of() : form.scores();
        ScoringPolicy.Result result = ScoringPolicy.score(t.criteria, t.passTotal, t.passPerCriterion, scores);
        e.organizationId = form.organizationId();
        e.templateId = t.id;
        e.kind = form.kind();
        e.evaluatedOn = form.evaluatedOn();
        e.evaluators = form.evaluators();
        e.scores = new ArrayList<>(scores);
        e.comment = form.comment();
        e.total = result.total();
        e.passed = result.passed();
    }

    private EvaluationView view(Evaluation e) {
        return evaluationViews(List.of(e)).get(0);
    }

    /** A page of evaluations in four statements: their sheets, places, evidence and which sheets the caller may open. */
    private List<EvaluationView> evaluationViews(List<Evaluation> page) {
        Map<Long, AssessmentTemplate> sheets = repository.templatesById(page.stream().map(e -> e.templateId).toList());
        Map<Long, String> places = organizations.namesOf(page.stream().map(e -> e.organizationId).toList());
        Map<Long, List<EvidenceView>> evidence = repository.evidence(page.stream().map(e -> e.id).toList());
        Set<Long> visible = organizations.visibleAmong(sheets.values().stream().map(t -> t.organizationId).toList(), caller.scope());
        return page.stream().map(e -> {
            AssessmentTemplate t = sheets.get(e.templateId);
            ScoringPolicy.Result result = ScoringPolicy.score(t.criteria, t.passTotal, t.passPerCriterion, e.scores);
            return new EvaluationView(e.id, e.organizationId, places.get(e.organizationId), t.id, t.name, t.kind, t.versionNo,
                    e.kind, e.evaluatedOn, e.evaluators, e.scores, e.comment, result.criteria(), e.total, e.passed, e.status,
                    evidence.getOrDefault(e.id, List.of()), new EvaluationView.ScoredSheet(t.criteria, maxTotal(t), t.passTotal,
                    t.passPerCriterion, t.current, visible.contains(t.organizationId)), e.version);
        }).toList();
    }

    private Evaluation loadEvaluation(long id) {
        return repository.evaluationInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("evaluation", id));
    }

    private void requireVisible(Long organizationId) {
        if (organizationId != null && !organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.notFound("organization", organizationId);
        }
    }
}
