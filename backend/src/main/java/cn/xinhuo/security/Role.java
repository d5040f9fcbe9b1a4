package cn.xinhuo.security;

/** What a user is to the system; where it applies is the user's organization subtree. */
public enum Role {
    /** Runs the whole installation. */
    SYSTEM_ADMIN,
    /** Administers its organization's subtree: a city admin or a township admin by where it is bound. */
    ORG_ADMIN,
    /** Enters and edits the records of its own group (关工小组), often on a phone. */
    GROUP_LEADER,
    /** Reads its subtree: party and government leaders, inspectors. */
    VIEWER,
    /** A machine client. */
    INTEGRATION;

    /** Higher ranks may grant lower ones; an admin never grants a role above its own. */
    public int rank() {
        return switch (this) {
            case SYSTEM_ADMIN -> 4;
            case ORG_ADMIN -> 3;
            case GROUP_LEADER, INTEGRATION -> 2;
            case VIEWER -> 1;
        };
    }
}
