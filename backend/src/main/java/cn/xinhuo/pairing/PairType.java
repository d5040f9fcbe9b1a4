package cn.xinhuo.pairing;

public enum PairType {
    /** 农技帮扶 */
    AGRICULTURAL_GUIDANCE,
    /** 留守关爱 */
    LEFT_BEHIND_CARE,
    /** 帮扶脱贫 */
    POVERTY_RELIEF,
    /** 学业辅导 */
    STUDY_HELP,
    /** 思想引导 */
    MORAL_GUIDANCE
}
