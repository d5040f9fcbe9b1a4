package cn.xinhuo.auth;

import cn.xinhuo.audit.SecurityEvents;
import cn.xinhuo.audit.SecurityEvents.Outcome;
import cn.xinhuo.auth.dto.LoginRequest;
import cn.xinhuo.auth.dto.LoginResponse;
import cn.xinhuo.auth.dto.Me;
import cn.xinhuo.auth.dto.PasswordChange;
import cn.xinhuo.auth.dto.TotpCode;
import cn.xinhuo.auth.dto.TotpDisable;
import cn.xinhuo.auth.dto.TotpSetup;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.security.Caller;
import cn.xinhuo.security.PasswordPolicy;
import cn.xinhuo.security.RateLimiter;
import cn.xinhuo.security.RolePermissions;
import cn.xinhuo.security.SecondFactor;
import cn.xinhuo.security.SecondFactorPolicy;
import cn.xinhuo.security.SecurityConfig;
import cn.xinhuo.security.Sessions;
import cn.xinhuo.user.User;
import cn.xinhuo.user.UserRepository;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Logging in, out and changing passwords (A1–A4, S1–S2). Unknown user, wrong password, disabled
 * and locked accounts all get the same 401; the audit trail tells them apart.
 */
@ApplicationScoped
public class LoginService {

    /** Compared against when the user does not exist, so both answers take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-" + System.nanoTime());

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final Sessions sessions;
    private final RateLimiter rateLimiter;
    private final SecurityEvents events;
    private final PasswordPolicy passwordPolicy;
    private final SecurityConfig config;
    private final SecondFactor secondFactor;
    private final SecondFactorPolicy secondFactorPolicy;

    LoginService(UserRepository users, OrganizationRepository organizations, Sessions sessions,
                 RateLimiter rateLimiter, SecurityEvents events, PasswordPolicy passwordPolicy, SecurityConfig config,
                 SecondFactor secondFactor, SecondFactorPolicy secondFactorPolicy) {
        this.secondFactor = secondFactor;
        this.secondFactorPolicy = secondFactorPolicy;
        this.users = users;
        this.organizations = organizations;
        this.sessions = sessions;
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.passwordPolicy = passwordPolicy;
        this.config = config;
    }

    /** Failed attempts must be counted even though the answer is an error: no rollback on refusals. */
    @Transactional(dontRollbackOn = ProblemException.class)
    public LoginResponse login(LoginRequest request, String address) {
        String username = request.username().trim().toLowerCase(Locale.ROOT);
        rateLimiter.hit("login-address:" + address, config.rateLimit().loginPerAddress());
        rateLimiter.hit("login-username:" + username, config.rateLimit().loginPerUsername());

        Optional<User> found = users.findByUsername(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(request.password(), DUMMY_HASH);
            events.record("LOGIN_FAILED", Outcome.FAILURE, username, "user", null, null, address, "unknown user");
            throw refused();
        }
        // The row lock makes concurrent attempts, on any instance, count one after another.
        User user = users.getEntityManager().find(User.class, found.get().id, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now();
        if (!user.enabled) {
            events.record("LOGIN_FAILED", Outcome.FAILURE, username, "user", user.id, user.organizationId, address,
                    "account disabled");
            throw refused();
        }
        if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            events.record("LOGIN_REFUSED_LOCKED", Outcome.FAILURE, username, "user", user.id, user.organizationId,
                    address, "account locked until " + user.lockedUntil);
            throw refused();
        }
        if (!BcryptUtil.matches(request.password(), user.passwordHash)) {
            throw failure(user, address, "wrong password");
        }
        if (user.totpEnabled) {
            if (request.totpCode() == null) {
                // the password was right: ask for the second factor without counting a failure
                throw new ProblemException(ProblemType.TOTP_REQUIRED, "totp-required.detail");
            }
            var step = secondFactor.verify(user.totpSecret, request.totpCode(), user.totpLastStep);
            if (step.isEmpty()) {
                throw failure(user, address, "wrong or reused authenticator code");
            }
            user.totpLastStep = step.getAsLong();
        }
        user.failedAttempts = 0;
        user.lockedUntil = null;
        user.lastLoginAt = now;
        if (config.password().dengbaoMode() && user.passwordChangedAt.plus(config.password().expiry()).isBefore(now)) {
            user.mustChangePassword = true;
        }
        Sessions.Issued issued = sessions.open(user.id, address);
        events.record("LOGIN_SUCCEEDED", Outcome.SUCCESS, username, "user", user.id, user.organizationId, address, null);
        return new LoginResponse(issued.token(), "Bearer", issued.expiresAt(), sessions.idleTimeoutSeconds(), me(user));
    }

    /** Counts a failed attempt, locks the account at the limit, and returns the refusal to throw. */
    private ProblemException failure(User user, String address, String reason) {
        user.failedAttempts++;
        events.record("LOGIN_FAILED", Outcome.FAILURE, user.username, "user", user.id, user.organizationId, address,
                reason + ", attempt " + user.failedAttempts);
        if (user.failedAttempts >= config.lockout().maxFailures()) {
            user.lockedUntil = OffsetDateTime.now().plus(config.lockout().duration());
            user.failedAttempts = 0;
            events.record("ACCOUNT_LOCKED", Outcome.FAILURE, user.username, "user", user.id, user.organizationId,
                    address, "locked until " + user.lockedUntil);
        }
        return refused();
    }

    /** A new secret for an authenticator app; the second factor is on only once a code confirms it. */
    @Transactional
    public TotpSetup setUpTotp(Caller caller) {
        User user = users.findById(caller.userId());
        if (user.totpEnabled) {
            throw new ProblemException(ProblemType.CONFLICT, "totp.already-enabled");
        }
        user.totpSecret = secondFactor.newSecret();
        return new TotpSetup(user.totpSecret, secondFactor.otpauthUri(user.username, user.totpSecret));
    }

    @Transactional
    public Me enableTotp(Caller caller, TotpCode code, String address) {
        User user = users.findById(caller.userId());
        if (user.totpSecret == null || user.totpEnabled) {
            throw new ProblemException(ProblemType.CONFLICT, "totp.not-pending");
        }
        var step = secondFactor.verify(user.totpSecret, code.code(), null);
        if (step.isEmpty()) {
            throw ProblemException.badField("code", "totp.wrong-code");
        }
        user.totpEnabled = true;
        user.totpLastStep = step.getAsLong();
        events.record("TOTP_ENABLED", Outcome.SUCCESS, user.username, "user", user.id, user.organizationId, address, null);
        return me(user);
    }

    @Transactional
    public Me disableTotp(Caller caller, TotpDisable disable, String address) {
        User user = users.findById(caller.userId());
        if (!BcryptUtil.matches(disable.currentPassword(), user.passwordHash)) {
            throw ProblemException.badField("currentPassword", "password.current-wrong");
        }
        if (secondFactorPolicy.required(user.roleSet())) {
            throw new ProblemException(ProblemType.CONFLICT, "totp.required-for-admins");
        }
        user.totpEnabled = false;
        user.totpSecret = null;
        user.totpLastStep = null;
        events.record("TOTP_DISABLED", Outcome.SUCCESS, user.username, "user", user.id, user.organizationId, address, null);
        return me(user);
    }

    @Transactional
    public void logout(Caller caller, String address) {
        sessions.revoke(caller.sessionId());
        events.record("LOGOUT", Outcome.SUCCESS, caller.username(), "user", caller.userId(), caller.organizationId(),
                address, null);
    }

    /** A fresh token for the same login: the idle clock restarts, the absolute end stays. */
    @Transactional
    public LoginResponse refresh(Caller caller, String address) {
        Sessions.Issued issued = sessions.rotate(caller.sessionId(), caller.userId(), address);
        return new LoginResponse(issued.token(), "Bearer", issued.expiresAt(), sessions.idleTimeoutSeconds(),
                me(users.findById(caller.userId())));
    }

    @Transactional
    public Me me(Caller caller) {
        return me(users.findById(caller.userId()));
    }

    @Transactional
    public void changePassword(Caller caller, PasswordChange change, String address) {
        User user = users.findById(caller.userId());
        if (!BcryptUtil.matches(change.currentPassword(), user.passwordHash)) {
            events.record("PASSWORD_CHANGE_FAILED", Outcome.FAILURE, user.username, "user", user.id,
                    user.organizationId, address, "wrong current password");
            throw new ProblemException(ProblemType.VALIDATION,
                    List.of(new FieldError("currentPassword", "{password.current-wrong}")), "password.current-wrong");
        }
        if (change.currentPassword().equals(change.newPassword())) {
            throw ProblemException.badField("newPassword", "password.reused");
        }
        passwordPolicy.check("newPassword", user.username, change.newPassword());
        user.passwordHash = BcryptUtil.bcryptHash(change.newPassword());
        user.passwordChangedAt = OffsetDateTime.now();
        user.mustChangePassword = false;
        sessions.revokeAll(user.id, caller.sessionId());
        events.record("PASSWORD_CHANGED", Outcome.SUCCESS, user.username, "user", user.id, user.organizationId,
                address, null);
    }

    private Me me(User user) {
        var roles = user.roleSet();
        var org = organizations.findById(user.organizationId);
        return new Me(user.id, user.username, user.displayName, user.organizationId, org.name, roles,
                RolePermissions.of(roles), roles.contains(cn.xinhuo.security.Role.SYSTEM_ADMIN), user.mustChangePassword,
                user.totpEnabled, secondFactorPolicy.mustEnrol(roles, user.totpEnabled));
    }

    private static ProblemException refused() {
        return new ProblemException(ProblemType.UNAUTHORIZED, "login.failed");
    }
}
