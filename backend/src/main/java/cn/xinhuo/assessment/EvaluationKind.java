package cn.xinhuo.assessment;

public enum EvaluationKind {
    /** 自查 */
    SELF_CHECK,
    /** 抽查 by the city */
    SPOT_CHECK,
    /** 复查, 回头看 */
    RECHECK,
    /** 半年初评 */
    HALF_YEAR_PRELIMINARY,
    /** 年终总评 */
    YEAR_END_OVERALL
}
