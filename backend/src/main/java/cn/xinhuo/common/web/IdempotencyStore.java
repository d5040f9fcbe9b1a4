package cn.xinhuo.common.web;

import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Creates with an Idempotency-Key (R2): the key is claimed in the creating transaction, so a retry
 * of the same request — even one racing the first — finds the first one's response instead of
 * creating again; the same key with another body is refused (422). Keys live 24 hours.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final EntityManager em;

    IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the key for this request inside the caller's transaction. Returns the stored response
     * body of an earlier request with the same key and body; empty when this request is the first.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<String> claim(String actor, String key, String requestFingerprint) {
        String hash = sha256(requestFingerprint);
        // waits for a concurrent claim of the same key to commit or roll back
        int inserted = em.createNativeQuery("""
                        insert into idempotency_record (actor, key, request_hash) values (:actor, :key, :hash)
                        on conflict (actor, key) do nothing""")
                .setParameter("actor", actor).setParameter("key", key).setParameter("hash", hash).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> prior = em.createNativeQuery("select request_hash, body from idempotency_record where actor = :actor and key = :key")
                .setParameter("actor", actor).setParameter("key", key).getResultList();
        Object[] row = prior.get(0);
        if (!hash.equals(row[0].toString().trim()) || row[1] == null) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency-key-reused.detail");
        }
        return Optional.of((String) row[1]);
    }

    /** Keeps the response of the request that claimed the key. */
    @Transactional(TxType.MANDATORY)
    public void complete(String actor, String key, int status, String body) {
        em.createNativeQuery("update idempotency_record set status = :status, body = :body where actor = :actor and key = :key")
                .setParameter("status", status).setParameter("body", body).setParameter("actor", actor)
                .setParameter("key", key).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void purge() {
        em.createNativeQuery("delete from idempotency_record where created_at < now() - interval '24 hours'").executeUpdate();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
