package cn.xinhuo.honor;

/** The level of a 典型's commendation. */
public enum HonorLevel {
    NATIONAL,
    PROVINCIAL,
    /** 地级市 (e.g. 黑河市). */
    PREFECTURE,
    /** 市委、市政府 of the county-level city. */
    CITY_PARTY_GOVERNMENT,
    /** 市关工委. */
    CITY_COMMITTEE,
    TOWNSHIP
}
