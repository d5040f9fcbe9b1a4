package cn.xinhuo.pairing;

/** PROPOSED → ACTIVE ⇄ PAUSED → COMPLETED or ENDED (see {@link PairLifecyclePolicy}). */
public enum PairStatus {
    PROPOSED, ACTIVE, PAUSED, COMPLETED, ENDED
}
