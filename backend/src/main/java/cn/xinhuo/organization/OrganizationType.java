package cn.xinhuo.organization;

/** The kinds of 关工 organization, from the city committee down to the groups. */
public enum OrganizationType {
    /** 市关工委 — also used for higher committees, so a province or the nation is one tree. */
    CITY_COMMITTEE,
    /** 乡镇/街道关工委 — the basic-level committee (基层关工委). */
    TOWNSHIP_COMMITTEE,
    /** 行政村关工小组. */
    VILLAGE_GROUP,
    /** 社区关工小组. */
    COMMUNITY_GROUP,
    /** 学校关工组织. */
    SCHOOL_GROUP
}
