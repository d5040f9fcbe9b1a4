package cn.xinhuo.assessment;

import cn.xinhuo.organization.OrganizationType;

import java.util.EnumSet;
import java.util.Set;

/** What a score sheet is for, which evaluations it is used in and which organizations it scores. */
public enum TemplateKind {
    /** 五好基层关工组织: self-checks, the city's spot checks and rechecks, of any organization. */
    FIVE_GOOD(EnumSet.of(EvaluationKind.SELF_CHECK, EvaluationKind.SPOT_CHECK, EvaluationKind.RECHECK),
            EnumSet.allOf(OrganizationType.class)),
    /** 党建带关工 responsibility system: village (and community) party branches, half-yearly and at year end. */
    PARTY_BUILDING(EnumSet.of(EvaluationKind.HALF_YEAR_PRELIMINARY, EvaluationKind.YEAR_END_OVERALL),
            EnumSet.of(OrganizationType.VILLAGE_GROUP, OrganizationType.COMMUNITY_GROUP));

    private final Set<EvaluationKind> evaluations;
    private final Set<OrganizationType> organizations;

    TemplateKind(Set<EvaluationKind> evaluations, Set<OrganizationType> organizations) {
        this.evaluations = evaluations;
        this.organizations = organizations;
    }

    public boolean scores(EvaluationKind kind) {
        return evaluations.contains(kind);
    }

    public boolean scores(OrganizationType type) {
        return organizations.contains(type);
    }
}
