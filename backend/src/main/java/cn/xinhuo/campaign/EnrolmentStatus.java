package cn.xinhuo.campaign;

public enum EnrolmentStatus {
    /** 计划进入创建行列 — reported by the township, agreed for a year of the plan. */
    PLANNED,
    /** 已进入创建行列. */
    ENROLLED
}
