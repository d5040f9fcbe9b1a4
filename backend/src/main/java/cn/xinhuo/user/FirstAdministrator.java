package cn.xinhuo.user;

import cn.xinhuo.organization.Organization;
import cn.xinhuo.organization.OrganizationRepository;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.PasswordPolicy;
import cn.xinhuo.security.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;

/**
 * A deployment without a system administrator gets its first one from configuration
 * (XINHUO_ADMIN_USERNAME / XINHUO_ADMIN_PASSWORD), once, with a forced password change. When no
 * organization exists yet, the top committee is created from XINHUO_ADMIN_ORGANIZATION.
 */
@ApplicationScoped
public class FirstAdministrator {

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordPolicy passwordPolicy;
    private final CurrentCaller caller;
    private final Optional<String> username;
    private final Optional<String> password;
    private final String organizationName;

    FirstAdministrator(UserRepository users, OrganizationRepository organizations, PasswordPolicy passwordPolicy,
                       CurrentCaller caller,
                       @ConfigProperty(name = "xinhuo.bootstrap.admin.username") Optional<String> username,
                       @ConfigProperty(name = "xinhuo.bootstrap.admin.password") Optional<String> password,
                       @ConfigProperty(name = "xinhuo.bootstrap.organization-name", defaultValue = "关工委") String organizationName) {
        this.users = users;
        this.organizations = organizations;
        this.passwordPolicy = passwordPolicy;
        this.caller = caller;
        this.username = username;
        this.password = password;
        this.organizationName = organizationName;
    }

    @ActivateRequestContext
    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (username.isEmpty() || password.isEmpty() || users.countSystemAdministrators() > 0) {
            return;
        }
        caller.actAsSystem();
        passwordPolicy.check("xinhuo.bootstrap.admin.password", username.get(), password.get());
        Organization top = organizations.find("parentId is null order by id").firstResultOptional().orElseGet(() -> {
            Organization created = new Organization();
            created.name = organizationName;
            created.type = OrganizationType.CITY_COMMITTEE;
            organizations.persistAndFlush(created);
            return created;
        });
        User admin = new User();
        admin.username = username.get().toLowerCase(java.util.Locale.ROOT);
        admin.displayName = "系统管理员";
        admin.organizationId = top.id;
        admin.setRoles(Set.of(Role.SYSTEM_ADMIN));
        admin.passwordHash = BcryptUtil.bcryptHash(password.get());
        admin.mustChangePassword = true;
        users.persist(admin);
        Log.infof("first administrator %s created; it must change its password at first login", admin.username);
    }
}
