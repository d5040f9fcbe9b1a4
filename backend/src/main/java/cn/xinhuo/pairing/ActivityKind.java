package cn.xinhuo.pairing;

public enum ActivityKind {
    /** 春播指导 */
    SPRING_SOWING,
    /** 中耕 */
    CULTIVATION,
    HARVEST,
    /** 接送上学 */
    SCHOOL_TRANSPORT,
    /** 家访 */
    HOME_VISIT,
    TUTORING,
    PHONE_CALL,
    OTHER
}
