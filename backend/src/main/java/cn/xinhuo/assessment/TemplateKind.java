package cn.xinhuo.assessment;

public enum TemplateKind {
    /** 五好基层关工组织 */
    FIVE_GOOD,
    /** 党建带关工 responsibility system */
    PARTY_BUILDING
}
