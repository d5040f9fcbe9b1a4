package cn.xinhuo.pairing;

/** What a completed pair achieved. */
public enum PairOutcome {
    /** 脱贫 */
    LIFTED_OUT_OF_POVERTY,
    /** 种地能手 */
    SKILLED_FARMER,
    SCHOOL_PROGRESS,
    /** described in the outcome note */
    OTHER
}
