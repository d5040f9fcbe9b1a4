package cn.xinhuo.security;

import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Fixed one-minute windows counted in the database, so every backend instance shares the count.
 * Over the limit → 429 with the seconds to wait.
 */
@ApplicationScoped
public class RateLimiter {

    private final EntityManager em;

    RateLimiter(EntityManager em) {
        this.em = em;
    }

    /**
     * V3: files made from the records (the register, the work summary and its tables, 党建带关工
     * results) cost the server and can carry personal data out: each kind at most this many a
     * minute per user.
     */
    public static final int EXPORTS_PER_MINUTE = 10;

    /** Counts an export of the kind by the user; the one over {@link #EXPORTS_PER_MINUTE} is a 429. */
    public void export(String kind, String actor) {
        hit("export:" + kind + ":" + actor, EXPORTS_PER_MINUTE);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void hit(String bucket, int perMinute) {
        Instant now = Instant.now();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        Number hits = (Number) em.createNativeQuery("""
                        insert into rate_limit_window (bucket, window_start, hits) values (:bucket, :window, 1)
                        on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1
                        returning hits""")
                .setParameter("bucket", bucket)
                .setParameter("window", java.sql.Timestamp.from(window))
                .getSingleResult();
        if (hits.intValue() > perMinute) {
            long wait = Math.max(1, 60 - (now.getEpochSecond() - window.getEpochSecond()));
            throw new TooManyRequests(wait);
        }
    }

    /** Old windows are worthless after a minute; ended sessions after a month. */
    @io.quarkus.scheduler.Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void purgeOld() {
        em.createNativeQuery("delete from rate_limit_window where window_start < now() - interval '10 minutes'")
                .executeUpdate();
        em.createNativeQuery("""
                delete from user_session
                 where coalesce(revoked_at, expires_at) < now() - interval '30 days'""").executeUpdate();
    }

    /** A 429; {@code retryAfterSeconds} goes into the Retry-After header. */
    public static class TooManyRequests extends ProblemException {
        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super(ProblemType.TOO_MANY_REQUESTS, "too-many-requests.detail", retryAfterSeconds);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public java.util.Map<String, String> headers() {
            return java.util.Map.of("Retry-After", String.valueOf(retryAfterSeconds));
        }
    }
}
