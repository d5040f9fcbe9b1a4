package cn.xinhuo.assessment;

/** DRAFT → SUBMITTED → CONFIRMED; a confirmed evaluation never changes. */
public enum EvaluationStatus {
    DRAFT, SUBMITTED, CONFIRMED
}
