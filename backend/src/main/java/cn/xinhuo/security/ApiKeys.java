package cn.xinhuo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API keys of integration clients: {@code xh_} plus 256 random bits, kept only as a SHA-256 hash.
 * A live key acts inside its organization's subtree with read-only or read-write permissions.
 */
@ApplicationScoped
public class ApiKeys {

    public static final String HEADER = "X-API-Key";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_used_at is written at most this often per key. */
    private static final long TOUCH_EVERY_SECONDS = 60;

    private final EntityManager em;

    ApiKeys(EntityManager em) {
        this.em = em;
    }

    /** A new key; only its hash and a short prefix (to recognise it in lists) are ever stored. */
    public static String newKey() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return "xh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    public static String prefix(String key) {
        return key.substring(0, 10);
    }

    public static String hash(String key) {
        return Sessions.hash(key);
    }

    @Transactional
    public Optional<Caller> resolve(String key) {
        if (key == null || !key.startsWith("xh_") || key.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        select k.id, k.name, k.key_prefix, k.access, k.organization_id, k.last_used_at, o.path::text as org_path
                          from api_key k join organization o on o.id = k.organization_id
                         where k.key_hash = :hash and k.revoked_at is null""", Tuple.class)
                .setParameter("hash", hash(key)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Tuple t = rows.get(0);
        long id = ((Number) t.get("id")).longValue();
        Object lastUsed = t.get("last_used_at");
        if (lastUsed == null || instant(lastUsed).isBefore(Instant.now().minusSeconds(TOUCH_EVERY_SECONDS))) {
            em.createNativeQuery("update api_key set last_used_at = now() where id = :id").setParameter("id", id)
                    .executeUpdate();
        }
        long orgId = ((Number) t.get("organization_id")).longValue();
        boolean readWrite = "READ_WRITE".equals(t.get("access"));
        return Optional.of(new Caller(0, "api-key:" + t.get("key_prefix"), orgId, Set.of(Role.INTEGRATION),
                RolePermissions.ofApiKey(readWrite), new Scope(orgId, (String) t.get("org_path")), false, false, 0, id));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
