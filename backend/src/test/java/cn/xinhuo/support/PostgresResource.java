package cn.xinhuo.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points Quarkus tests at the embedded server, unless an external server is configured with
 * QUARKUS_DATASOURCE_JDBC_URL, in which case nothing embedded starts.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        var pg = EmbeddedDatabase.shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", EmbeddedDatabase.jdbcUrl(pg),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // shared across test classes; stopped by a shutdown hook when the JVM exits
    }
}
