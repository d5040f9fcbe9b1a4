package cn.xinhuo.leadership;

public enum TrainingFormat {
    /** 集中办班 */
    CLASS,
    /** 以会代训 */
    MEETING_AS_TRAINING,
    ONLINE
}
