package cn.xinhuo.beneficiary;

/** How a guardian gave consent. */
public enum ConsentMethod {
    /** A signed paper form. */
    WRITTEN,
    /** Said aloud and recorded (audio or a witnessed note). */
    ORAL_RECORDED,
    ELECTRONIC
}
