package cn.xinhuo.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * A3: who must have a second factor. With {@code xinhuo.security.second-factor.required-for-admins}
 * (XINHUO_ADMIN_TOTP_REQUIRED; 等保 level 3 asks for two factors) a system or organization
 * administrator without TOTP can reach only its own account — me, logout, password and enrolling
 * TOTP — and cannot switch the second factor off again.
 */
@ApplicationScoped
public class SecondFactorPolicy {

    private final boolean requiredForAdmins;

    @jakarta.inject.Inject
    SecondFactorPolicy(SecurityConfig config) {
        this(config.secondFactor().requiredForAdmins());
    }

    SecondFactorPolicy(boolean requiredForAdmins) {
        this.requiredForAdmins = requiredForAdmins;
    }

    public boolean required(Set<Role> roles) {
        return requiredForAdmins && (roles.contains(Role.SYSTEM_ADMIN) || roles.contains(Role.ORG_ADMIN));
    }

    /** Must enrol before anything else works: required and not yet on. */
    public boolean mustEnrol(Set<Role> roles, boolean totpEnabled) {
        return !totpEnabled && required(roles);
    }
}
