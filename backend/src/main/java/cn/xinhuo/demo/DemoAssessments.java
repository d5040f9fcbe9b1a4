package cn.xinhuo.demo;

import cn.xinhuo.assessment.AssessmentService;
import cn.xinhuo.assessment.AwardKind;
import cn.xinhuo.assessment.AwardService;
import cn.xinhuo.assessment.EvaluationKind;
import cn.xinhuo.assessment.EvaluationStatus;
import cn.xinhuo.assessment.TemplateKind;
import cn.xinhuo.assessment.dto.AwardForm;
import cn.xinhuo.assessment.dto.EvaluationForm;
import cn.xinhuo.assessment.dto.ItemScore;
import cn.xinhuo.campaign.CampaignService;
import cn.xinhuo.campaign.EnrolmentStatus;
import cn.xinhuo.campaign.dto.CampaignForm;
import cn.xinhuo.campaign.dto.EnrolmentForm;
import cn.xinhuo.campaign.dto.YearTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * assessments.json (seeds/tools/generate-assessments.py): the 五好 plans and enrolments, the
 * evaluations (all confirmed) and the titles resting on them, through the same services as the API.
 * Runs inside the demo loader's transaction.
 */
@ApplicationScoped
class DemoAssessments {

    record Data(List<Plan> plans, List<Enrolment> enrolments, List<Scored> evaluations, List<Award> awards) {
    }

    record Plan(String key, String organization, String name, int startYear, int endYear, List<YearTarget> targets) {
    }

    record Enrolment(String plan, String organization, int planYear, EnrolmentStatus status, LocalDate enrolledOn, String note) {
    }

    record Scored(String key, String organization, TemplateKind sheet, EvaluationKind kind, LocalDate evaluatedOn,
                  String evaluators, List<ItemScore> scores, String comment) {
    }

    record Award(String organization, AwardKind kind, LocalDate occurredOn, String decidedBy, String evaluation) {
    }

    private final CampaignService campaigns;
    private final AssessmentService assessments;
    private final AwardService awards;

    DemoAssessments(CampaignService campaigns, AssessmentService assessments, AwardService awards) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.awards = awards;
    }

    /** Returns the number of evaluations loaded. */
    int load(Data data, Map<String, Long> organizations, Map<TemplateKind, Long> sheets) {
        Map<String, Long> plans = new HashMap<>();
        for (Plan p : data.plans()) {
            plans.put(p.key(), campaigns.create(new CampaignForm(organizations.get(p.organization()), p.name(), p.startYear(),
                    p.endYear(), p.targets())).id());
        }
        for (Enrolment e : data.enrolments()) {
            campaigns.enrol(plans.get(e.plan()), new EnrolmentForm(organizations.get(e.organization()), e.planYear(), e.status(),
                    e.enrolledOn(), e.note()));
        }
        Map<String, Long> evaluations = new HashMap<>();
        for (Scored s : data.evaluations()) {
            var draft = assessments.createEvaluation(new EvaluationForm(organizations.get(s.organization()), sheets.get(s.sheet()),
                    s.kind(), s.evaluatedOn(), s.evaluators(), s.scores(), s.comment()));
            var submitted = assessments.step(draft.id(), draft.version(), EvaluationStatus.SUBMITTED);
            assessments.step(draft.id(), submitted.version(), EvaluationStatus.CONFIRMED);
            evaluations.put(s.key(), draft.id());
        }
        for (Award a : data.awards()) {
            awards.decide(new AwardForm(organizations.get(a.organization()), a.kind(), a.occurredOn(), a.decidedBy(),
                    evaluations.get(a.evaluation()), null));
        }
        return evaluations.size();
    }
}
