package cn.xinhuo.assessment;

public enum AwardKind {
    /** 授牌 */
    AWARDED,
    /** 滑坡: a failed recheck of a holder */
    WARNED,
    /** 摘牌 */
    REVOKED
}
