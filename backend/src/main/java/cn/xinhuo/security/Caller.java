package cn.xinhuo.security;

import java.util.Set;

/** Who is calling, resolved once per request from its token. */
public record Caller(long userId, String username, long organizationId, Set<Role> roles,
                     Set<Permission> permissions, Scope scope, boolean mustChangePassword, long sessionId) {

    /** The application itself, for start-up work such as loading the demo data. */
    public static final Caller SYSTEM = new Caller(0, "system", 0, Set.of(Role.SYSTEM_ADMIN),
            RolePermissions.of(Set.of(Role.SYSTEM_ADMIN)), Scope.EVERYTHING, false, 0);

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public int highestRank() {
        return roles.stream().mapToInt(Role::rank).max().orElse(0);
    }
}
