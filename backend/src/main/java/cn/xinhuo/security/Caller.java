package cn.xinhuo.security;

import java.util.Set;

/**
 * Who is calling, resolved once per request from its bearer token or API key. An integration
 * client (API key) has no user: {@code apiKeyId} is set and {@code userId} is 0.
 */
public record Caller(long userId, String username, long organizationId, Set<Role> roles,
                     Set<Permission> permissions, Scope scope, boolean mustChangePassword, boolean mustEnrolTotp,
                     long sessionId, Long apiKeyId) {

    /** The application itself, for start-up work such as loading the demo data. */
    public static final Caller SYSTEM = new Caller(0, "system", 0, Set.of(Role.SYSTEM_ADMIN),
            RolePermissions.of(Set.of(Role.SYSTEM_ADMIN)), Scope.EVERYTHING, false, false, 0, null);

    public boolean isIntegrationClient() {
        return apiKeyId != null;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    public int highestRank() {
        return roles.stream().mapToInt(Role::rank).max().orElse(0);
    }
}
