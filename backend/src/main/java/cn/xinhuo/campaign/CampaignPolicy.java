package cn.xinhuo.campaign;

import cn.xinhuo.campaign.dto.CampaignForm;
import cn.xinhuo.campaign.dto.EnrolmentForm;
import cn.xinhuo.campaign.dto.YearTarget;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.organization.OrganizationType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a plan: it spans at most five years, its targets fall inside them, one per year and
 * type, and only basic-level organizations (not the committees running plans) enrol; an enrolment
 * lies in a year of its plan and carries its date exactly when it is ENROLLED.
 */
public final class CampaignPolicy {

    private CampaignPolicy() {
    }

    public static void checkPlan(CampaignForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.endYear() < form.startYear() || form.endYear() > form.startYear() + 4) {
            errors.add(new FieldError("endYear", "{campaign.years}"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.targets().size(); i++) {
            YearTarget t = form.targets().get(i);
            if (t.year() < form.startYear() || t.year() > form.endYear()) {
                errors.add(new FieldError("targets[" + i + "].year", "{campaign.target-outside-plan}"));
            }
            if (!enrols(t.organizationType())) {
                errors.add(new FieldError("targets[" + i + "].organizationType", "{campaign.type-does-not-enrol}"));
            }
            if (!seen.add(t.year() + "/" + t.organizationType())) {
                errors.add(new FieldError("targets[" + i + "]", "{campaign.target-twice}"));
            }
        }
        throwIfAny(errors);
    }

    public static void checkEnrolment(Campaign campaign, EnrolmentForm form, OrganizationType type) {
        List<FieldError> errors = new ArrayList<>();
        if (!enrols(type)) {
            errors.add(new FieldError("organizationId", "{campaign.type-does-not-enrol}"));
        }
        if (form.planYear() < campaign.startYear || form.planYear() > campaign.endYear) {
            errors.add(new FieldError("planYear", "{campaign.year-outside-plan}"));
        }
        if (form.status() == EnrolmentStatus.ENROLLED && form.enrolledOn() == null) {
            errors.add(new FieldError("enrolledOn", "{campaign.enrolled-on-required}"));
        }
        if (form.status() == EnrolmentStatus.PLANNED && form.enrolledOn() != null) {
            errors.add(new FieldError("enrolledOn", "{campaign.enrolled-on-not-planned}"));
        }
        throwIfAny(errors);
    }

    /** The committees above the basic level run plans; everything else may enrol. */
    public static boolean enrols(OrganizationType type) {
        return type != OrganizationType.CITY_COMMITTEE;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "validation.detail",
                    String.join(", ", errors.stream().map(FieldError::field).toList()));
        }
    }
}
