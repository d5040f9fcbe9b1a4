package cn.xinhuo.leadership;

/** The seats of a leadership team (领导班子): committees have 主任…, groups 组长…, both members. */
public enum LeaderRole {
    /** 主任 */
    DIRECTOR(true),
    /** 常务副主任 */
    EXECUTIVE_DEPUTY_DIRECTOR(true),
    /** 副主任 */
    DEPUTY_DIRECTOR(true),
    /** 秘书长 */
    SECRETARY_GENERAL(true),
    /** 组长 */
    LEADER(false),
    /** 常务副组长 */
    EXECUTIVE_DEPUTY_LEADER(false),
    /** 副组长 */
    DEPUTY_LEADER(false),
    /** 成员 */
    MEMBER(null);

    /** true: a committee's seat, false: a group's, null: either. */
    final Boolean committee;

    LeaderRole(Boolean committee) {
        this.committee = committee;
    }
}
