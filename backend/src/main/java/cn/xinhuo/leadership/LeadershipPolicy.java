package cn.xinhuo.leadership;

import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.organization.OrganizationType;

import java.time.LocalDate;

/**
 * Which seat fits which organization (committees have 主任 and 秘书长, groups 组长), and the dates of
 * a term. Whether a leader is trained is decided by the data: an appointment counts as trained
 * once its leader attended a training held on or after its start.
 */
public final class LeadershipPolicy {

    private LeadershipPolicy() {
    }

    public static boolean isCommittee(OrganizationType type) {
        return type == OrganizationType.CITY_COMMITTEE || type == OrganizationType.TOWNSHIP_COMMITTEE;
    }

    public static void check(OrganizationType organizationType, LeaderRole role, LocalDate startedOn, LocalDate endedOn) {
        if (role.committee != null && role.committee != isCommittee(organizationType)) {
            throw ProblemException.badField("role", "appointment.role-not-for-organization", "{type." + organizationType + "}");
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw ProblemException.badField("endedOn", "period.to-before-from");
        }
    }
}
