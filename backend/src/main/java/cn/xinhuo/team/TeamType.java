package cn.xinhuo.team;

/** Kinds of 五老工作组织. */
public enum TeamType {
    /** 关爱团 */
    CARE,
    /** 报告团 */
    LECTURE,
    /** 艺术团 */
    ART,
    OTHER
}
