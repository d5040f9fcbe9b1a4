package cn.xinhuo.user;

import cn.xinhuo.common.persistence.AuditedEntity;
import cn.xinhuo.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** An account: a person (or a machine client) bound to one organization, whose subtree it works in. */
@Entity
@Table(name = "app_user")
public class User extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64, updatable = false)
    public String username;

    @Column(name = "display_name", nullable = false, length = 100)
    public String displayName;

    @Column(length = 11)
    public String phone;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    /** Stored as a varchar array so a role change is a change of this row, audited like any other. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(32)[]")
    public String[] roles;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword = true;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    public OffsetDateTime passwordChangedAt = OffsetDateTime.now();

    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;

    /** Base32 TOTP secret; pending until {@code totpEnabled}. Never leaves the service layer. */
    @Column(name = "totp_secret", length = 64)
    public String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    public boolean totpEnabled;

    /** The time step of the last accepted code; an older or the same one is refused (no replay). */
    @Column(name = "totp_last_step")
    public Long totpLastStep;

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public void setRoles(Set<Role> roleSet) {
        roles = roleSet.stream().sorted().map(Role::name).toArray(String[]::new);
    }
}
