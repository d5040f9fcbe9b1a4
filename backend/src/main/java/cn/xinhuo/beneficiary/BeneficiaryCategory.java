package cn.xinhuo.beneficiary;

/** Who the 五老 help. */
public enum BeneficiaryCategory {
    YOUNG_FARMER,
    /** 留守儿童: under 16, rural, parents away. */
    LEFT_BEHIND_CHILD,
    POOR_YOUTH,
    STUDENT,
    OTHER
}
