package cn.xinhuo.user;

import cn.xinhuo.audit.SecurityEvents;
import cn.xinhuo.audit.SecurityEvents.Outcome;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.privacy.Masking;
import cn.xinhuo.security.Caller;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.PasswordPolicy;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Sessions;
import cn.xinhuo.user.dto.PasswordReset;
import cn.xinhuo.user.dto.UserCreate;
import cn.xinhuo.user.dto.UserPage;
import cn.xinhuo.user.dto.UserUpdate;
import cn.xinhuo.user.dto.UserView;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** User administration inside the caller's subtree. */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class UserService {

    private static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username", "displayName", "u.display_name", "lastLoginAt", "u.last_login_at", "id", "u.id");

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final CurrentCaller caller;
    private final PasswordPolicy passwordPolicy;
    private final Sessions sessions;
    private final SecurityEvents events;

    UserService(UserRepository users, OrganizationRepository organizations, CurrentCaller caller,
                PasswordPolicy passwordPolicy, Sessions sessions, SecurityEvents events) {
        this.users = users;
        this.organizations = organizations;
        this.caller = caller;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional(TxType.SUPPORTS)
    public UserPage search(UserRepository.Search search, PageQuery paging) {
        var scope = caller.scope();
        if (search.organizationId() != null && !organizations.isVisible(search.organizationId(), scope)) {
            throw ProblemException.notFound("organization", search.organizationId());
        }
        List<Object[]> rows = users.search(search, scope, paging.orderBy(SORTABLE, "username"), paging.offset(), paging.size);
        Map<Long, String> orgNames = rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
        Map<Long, User> byId = orgNames.isEmpty() ? Map.of()
                : users.list("id in ?1", orgNames.keySet()).stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        List<UserView> items = rows.stream().map(r -> byId.get(((Number) r[0]).longValue()))
                .map(u -> view(u, orgNames.get(u.id), false)).toList();
        return new UserPage(items, paging.page, paging.size, users.count(search, scope));
    }

    /** One user; an administrator sees the full phone number, and that view is audited (Z3). */
    public UserView get(long id) {
        User user = load(id);
        Caller admin = caller.get();
        boolean unmasked = admin.has(Permission.USER_WRITE) && user.phone != null;
        if (unmasked) {
            events.record("PERSONAL_DATA_VIEWED", Outcome.SUCCESS, admin.username(), "user", user.id,
                    user.organizationId, caller.clientAddress(), "phone");
        }
        return view(user, unmasked);
    }

    public UserView create(UserCreate create) {
        Caller admin = caller.get();
        UserAdministrationPolicy.checkGrant(admin, create.roles());
        requireOrganization(create.organizationId());
        String username = create.username().toLowerCase(Locale.ROOT);
        if (users.findByUsername(username).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, List.of(new FieldError("username", "{user.username-taken}")),
                    "user.username-taken");
        }
        passwordPolicy.check("initialPassword", username, create.initialPassword());
        User user = new User();
        user.username = username;
        user.displayName = create.displayName().trim();
        user.phone = create.phone();
        user.organizationId = create.organizationId();
        user.setRoles(create.roles());
        user.passwordHash = BcryptUtil.bcryptHash(create.initialPassword());
        user.mustChangePassword = true;
        users.persistAndFlush(user);
        return view(user, true);
    }

    public UserView update(long id, long expectedVersion, UserUpdate update) {
        Caller admin = caller.get();
        User user = loadForChange(id, expectedVersion);
        UserAdministrationPolicy.checkGrant(admin, update.roles());
        UserAdministrationPolicy.checkSelfChange(admin, user, update.roles(), update.enabled());
        requireOrganization(update.organizationId());
        boolean disabling = user.enabled && !update.enabled();
        user.displayName = update.displayName().trim();
        user.phone = update.phone();
        user.organizationId = update.organizationId();
        user.setRoles(update.roles());
        user.enabled = update.enabled();
        users.flush();
        if (disabling) {
            sessions.revokeAll(user.id, null);
        }
        return view(user, true);
    }

    /** A temporary password set by an administrator: the user's logins end and it must change it. */
    public UserView resetPassword(long id, long expectedVersion, PasswordReset reset) {
        User user = loadForChange(id, expectedVersion);
        passwordPolicy.check("newPassword", user.username, reset.newPassword());
        user.passwordHash = BcryptUtil.bcryptHash(reset.newPassword());
        user.passwordChangedAt = OffsetDateTime.now();
        user.mustChangePassword = true;
        user.failedAttempts = 0;
        user.lockedUntil = null;
        users.flush();
        sessions.revokeAll(user.id, null);
        events.record("PASSWORD_RESET", Outcome.SUCCESS, caller.get().username(), "user", user.id, user.organizationId,
                caller.clientAddress(), null);
        return view(user, true);
    }

    /** For a lost authenticator: the second factor is off until the user sets it up again. */
    public UserView resetTotp(long id, long expectedVersion) {
        User user = loadForChange(id, expectedVersion);
        user.totpEnabled = false;
        user.totpSecret = null;
        user.totpLastStep = null;
        users.flush();
        events.record("TOTP_RESET", Outcome.SUCCESS, caller.get().username(), "user", user.id, user.organizationId,
                caller.clientAddress(), null);
        return view(user, true);
    }

    public UserView unlock(long id, long expectedVersion) {
        User user = loadForChange(id, expectedVersion);
        user.failedAttempts = 0;
        user.lockedUntil = null;
        users.flush();
        events.record("ACCOUNT_UNLOCKED", Outcome.SUCCESS, caller.get().username(), "user", user.id,
                user.organizationId, caller.clientAddress(), null);
        return view(user, true);
    }

    private User load(long id) {
        return users.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("user", id));
    }

    private User loadForChange(long id, long expectedVersion) {
        User user = load(id);
        ETags.requireCurrent(expectedVersion, user.version);
        UserAdministrationPolicy.checkMayAdminister(caller.get(), user);
        return user;
    }

    private void requireOrganization(Long organizationId) {
        if (!organizations.isVisible(organizationId, caller.scope())) {
            throw ProblemException.missingReference("organizationId", "user.organization.not-found");
        }
    }

    private UserView view(User user, boolean fullPhone) {
        return view(user, organizations.findById(user.organizationId).name, fullPhone);
    }

    private static UserView view(User user, String organizationName, boolean fullPhone) {
        return new UserView(user.id, user.username, user.displayName, fullPhone ? user.phone : Masking.mobile(user.phone),
                user.organizationId, organizationName, user.roleSet(), user.enabled, user.mustChangePassword,
                user.totpEnabled, user.failedAttempts, user.lockedUntil, user.lastLoginAt, user.version);
    }
}
