package cn.xinhuo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Opaque bearer tokens (256 random bits), kept in the database only as SHA-256 hashes. Every use
 * checks revocation, the idle timeout and the absolute lifetime in the database, so logout or
 * disabling a user holds at once on every instance.
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_seen_at is written at most this often per token, to keep reads cheap. */
    private static final long TOUCH_EVERY_SECONDS = 30;

    private final EntityManager em;
    private final SecurityConfig.Session config;
    private final SecondFactorPolicy secondFactor;

    Sessions(EntityManager em, SecurityConfig config, SecondFactorPolicy secondFactor) {
        this.em = em;
        this.config = config.session();
        this.secondFactor = secondFactor;
    }

    public record Issued(String token, long sessionId, Instant expiresAt) {
    }

    @Transactional(TxType.MANDATORY)
    public Issued open(long userId, String clientAddress) {
        return insert(userId, Instant.now().plus(config.absoluteLifetime()), clientAddress);
    }

    /** Replaces a live token by a new one with the same absolute end (refresh). */
    @Transactional(TxType.MANDATORY)
    public Issued rotate(long sessionId, long userId, String clientAddress) {
        Object expires = em.createNativeQuery(
                        "update user_session set revoked_at = now() where id = :id returning expires_at")
                .setParameter("id", sessionId).getSingleResult();
        return insert(userId, instant(expires), clientAddress);
    }

    private Issued insert(long userId, Instant expires, String clientAddress) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Number id = (Number) em.createNativeQuery("""
                        insert into user_session (user_id, token_hash, expires_at, client_address)
                        values (:user, :hash, :expires, :address) returning id""")
                .setParameter("user", userId)
                .setParameter("hash", hash(token))
                .setParameter("expires", Timestamp.from(expires))
                .setParameter("address", clientAddress)
                .getSingleResult();
        return new Issued(token, id.longValue(), expires);
    }

    /** The caller behind a token, if the token is live; touches its idle clock. */
    @Transactional
    public Optional<Caller> resolve(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        var rows = em.createNativeQuery("""
                        select s.id as session_id, s.last_seen_at, s.expires_at, u.id as user_id, u.username,
                               u.organization_id, u.must_change_password, u.totp_enabled, o.path::text as org_path,
                               array_to_string(u.roles, ',') as roles
                          from user_session s
                          join app_user u on u.id = s.user_id and u.enabled
                          join organization o on o.id = u.organization_id
                         where s.token_hash = :hash and s.revoked_at is null""", Tuple.class)
                .setParameter("hash", hash(token))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple t = (Tuple) rows.get(0);
        Instant now = Instant.now();
        Instant lastSeen = instant(t.get("last_seen_at"));
        long sessionId = ((Number) t.get("session_id")).longValue();
        if (now.isAfter(instant(t.get("expires_at"))) || now.isAfter(lastSeen.plus(config.idleTimeout()))) {
            revoke(sessionId);
            return Optional.empty();
        }
        if (now.getEpochSecond() - lastSeen.getEpochSecond() > TOUCH_EVERY_SECONDS) {
            em.createNativeQuery("update user_session set last_seen_at = now() where id = :id")
                    .setParameter("id", sessionId).executeUpdate();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(((String) t.get("roles")).split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .forEach(roles::add);
        long orgId = ((Number) t.get("organization_id")).longValue();
        Scope scope = roles.contains(Role.SYSTEM_ADMIN) ? Scope.EVERYTHING : new Scope(orgId, (String) t.get("org_path"));
        return Optional.of(new Caller(((Number) t.get("user_id")).longValue(), (String) t.get("username"), orgId,
                roles, RolePermissions.of(roles), scope, (Boolean) t.get("must_change_password"),
                secondFactor.mustEnrol(roles, (Boolean) t.get("totp_enabled")), sessionId, null));
    }

    @Transactional
    public void revoke(long sessionId) {
        em.createNativeQuery("update user_session set revoked_at = now() where id = :id and revoked_at is null")
                .setParameter("id", sessionId).executeUpdate();
    }

    /** Ends every live session of a user (disabled, password changed or reset). */
    @Transactional
    public int revokeAll(long userId, Long exceptSessionId) {
        return em.createNativeQuery("""
                        update user_session set revoked_at = now()
                         where user_id = :user and revoked_at is null and id <> :except""")
                .setParameter("user", userId)
                .setParameter("except", exceptSessionId == null ? -1L : exceptSessionId)
                .executeUpdate();
    }

    public long idleTimeoutSeconds() {
        return config.idleTimeout().toSeconds();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
