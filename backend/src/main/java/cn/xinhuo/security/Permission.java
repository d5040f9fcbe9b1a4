package cn.xinhuo.security;

/** The functions of the API. Each endpoint requires exactly one; a role holds a set of them. */
public enum Permission {
    ORGANIZATION_READ,
    ORGANIZATION_WRITE,
    USER_READ,
    USER_WRITE,
    AUDIT_READ,
    API_KEY_MANAGE,
    VOLUNTEER_READ,
    VOLUNTEER_WRITE,
    /** See ID card and mobile numbers unmasked (every such view is audited). */
    PERSONAL_DATA_VIEW,
    /** Register a 五老 below the age threshold, with a reason. */
    ELIGIBILITY_OVERRIDE,
    /** Record commendations (典型) and media coverage. */
    HONOR_WRITE,
    /** Change the 五老 age thresholds (installation-wide data). */
    ELIGIBILITY_RULE_MANAGE,
    /** Read beneficiaries, pairs and their activities (children's records masked). */
    PAIR_READ,
    /** Record beneficiaries (with consent), pairs and their lifecycle. */
    PAIR_WRITE,
    /** Record what a pair did (a group leader, also on behalf of a 五老 without a phone). */
    ACTIVITY_RECORD,
    /** Read score sheets and evaluations (五好, 党建带关工). */
    ASSESSMENT_READ,
    /** Score organizations: evaluations and their steps. */
    ASSESSMENT_WRITE,
    /** Word the score sheets (templates) of one's own subtree. */
    ASSESSMENT_MANAGE
}
