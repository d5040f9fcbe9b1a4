package cn.xinhuo.volunteer;

/** The five "olds" (五老); a person may be more than one. */
public enum VolunteerCategory {
    /** 老干部 */
    VETERAN_CADRE,
    /** 老战士 */
    VETERAN_SOLDIER,
    /** 老专家 */
    VETERAN_EXPERT,
    /** 老教师 */
    VETERAN_TEACHER,
    /** 老模范 */
    VETERAN_MODEL,
    OTHER
}
