package cn.xinhuo.common.problem;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Failures that say the database cannot serve right now — it is away, the pool is exhausted, a
 * statement ran out of time — rather than that the request or the code is wrong. They are answered
 * 503 with Retry-After (R5), so clients and the SPA retry instead of reporting a bug.
 */
public enum DatabaseTrouble {

    /** The server is down, restarting or unreachable. */
    AWAY("service-unavailable.detail", 5),
    /** Every pooled connection is busy for longer than the acquisition timeout, or the server is full. */
    BUSY("service-unavailable.busy", 2),
    /** The statement exceeded the database's statement timeout (57014). */
    SLOW("service-unavailable.timeout", 10);

    private final String detailKey;
    private final int retryAfterSeconds;

    DatabaseTrouble(String detailKey, int retryAfterSeconds) {
        this.detailKey = detailKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String detailKey() {
        return detailKey;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /**
     * The trouble behind a failure, found anywhere in its causes: Hibernate, JTA and the pool each
     * wrap the driver's SQLException differently, so its SQLState is the one reliable sign.
     */
    public static Optional<DatabaseTrouble> of(Throwable failure) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null && (s == sql || seen.add(s)); s = s.getNextException()) {
                    Optional<DatabaseTrouble> found = ofSql(s);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseTrouble> ofSql(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal's "Sorry, acquisition timeout!" and "Acquisition timeout while waiting for new
            // connection" carry no SQLState; their wording is all there is to go by.
            String message = e.getMessage();
            return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")
                    ? Optional.of(BUSY) : Optional.empty();
        }
        if (state.startsWith("08")) {
            return Optional.of(AWAY); // connection exception: refused, broken, closed
        }
        return switch (state) {
            // admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down)
            case "57P01", "57P02", "57P03" -> Optional.of(AWAY);
            case "53300" -> Optional.of(BUSY); // too_many_connections
            case "57014" -> Optional.of(SLOW); // query_canceled: the statement timeout
            default -> Optional.empty();
        };
    }
}
