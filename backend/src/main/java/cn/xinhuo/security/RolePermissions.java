package cn.xinhuo.security;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.xinhuo.security.Permission.ACTIVITY_RECORD;
import static cn.xinhuo.security.Permission.API_KEY_MANAGE;
import static cn.xinhuo.security.Permission.ASSESSMENT_MANAGE;
import static cn.xinhuo.security.Permission.ASSESSMENT_READ;
import static cn.xinhuo.security.Permission.ASSESSMENT_WRITE;
import static cn.xinhuo.security.Permission.AUDIT_READ;
import static cn.xinhuo.security.Permission.ELIGIBILITY_OVERRIDE;
import static cn.xinhuo.security.Permission.HONOR_WRITE;
import static cn.xinhuo.security.Permission.PAIR_READ;
import static cn.xinhuo.security.Permission.PAIR_WRITE;
import static cn.xinhuo.security.Permission.PERSONAL_DATA_VIEW;
import static cn.xinhuo.security.Permission.VOLUNTEER_READ;
import static cn.xinhuo.security.Permission.VOLUNTEER_WRITE;
import static cn.xinhuo.security.Permission.ORGANIZATION_READ;
import static cn.xinhuo.security.Permission.ORGANIZATION_WRITE;
import static cn.xinhuo.security.Permission.USER_READ;
import static cn.xinhuo.security.Permission.USER_WRITE;

/**
 * The permission table: which role may use which function. Where a function applies is always
 * the caller's subtree (see {@link Scope}); this table only says whether at all.
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

    static {
        TABLE.put(Role.SYSTEM_ADMIN, EnumSet.allOf(Permission.class));
        TABLE.put(Role.ORG_ADMIN, EnumSet.of(ORGANIZATION_READ, ORGANIZATION_WRITE, USER_READ, USER_WRITE, AUDIT_READ,
                API_KEY_MANAGE, VOLUNTEER_READ, VOLUNTEER_WRITE, PERSONAL_DATA_VIEW, ELIGIBILITY_OVERRIDE, HONOR_WRITE,
                PAIR_READ, PAIR_WRITE, ACTIVITY_RECORD, ASSESSMENT_READ, ASSESSMENT_WRITE, ASSESSMENT_MANAGE));
        // a group leader enters and edits the records of its own group, and what its pairs did
        TABLE.put(Role.GROUP_LEADER, EnumSet.of(ORGANIZATION_READ, VOLUNTEER_READ, VOLUNTEER_WRITE, PAIR_READ,
                ACTIVITY_RECORD, ASSESSMENT_READ));
        TABLE.put(Role.VIEWER, EnumSet.of(ORGANIZATION_READ, VOLUNTEER_READ, PAIR_READ, ASSESSMENT_READ));
        TABLE.put(Role.INTEGRATION, EnumSet.of(ORGANIZATION_READ, VOLUNTEER_READ, PAIR_READ, ASSESSMENT_READ));
    }

    private RolePermissions() {
    }

    /** An integration client reads (and with READ_WRITE writes) the work data; never accounts or the audit trail. */
    public static Set<Permission> ofApiKey(boolean readWrite) {
        return readWrite ? EnumSet.of(ORGANIZATION_READ, ORGANIZATION_WRITE, VOLUNTEER_READ, VOLUNTEER_WRITE, PAIR_READ,
                PAIR_WRITE, ACTIVITY_RECORD, ASSESSMENT_READ, ASSESSMENT_WRITE)
                : EnumSet.of(ORGANIZATION_READ, VOLUNTEER_READ, PAIR_READ, ASSESSMENT_READ);
    }

    public static Set<Permission> of(Collection<Role> roles) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        roles.forEach(r -> granted.addAll(TABLE.get(r)));
        return granted;
    }
}
