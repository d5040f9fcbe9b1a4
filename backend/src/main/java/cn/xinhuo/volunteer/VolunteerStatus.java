package cn.xinhuo.volunteer;

public enum VolunteerStatus {
    ACTIVE,
    /** 进城养老 */
    MOVED_TO_TOWN,
    /** 陪读 */
    ACCOMPANYING_STUDY,
    /** 外出务工 */
    WORKING_AWAY,
    WITHDRAWN,
    DECEASED
}
