package cn.xinhuo.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server from the binaries on Maven Central, for tests and the local run.
 * It lives in the test classpath only, so production never carries it.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "xinhuo";
    public static final String USER = "postgres";

    private static EmbeddedPostgres shared;

    private EmbeddedDatabase() {
    }

    /** One throw-away server per JVM, shared by every test class. */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            shared = start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::closeShared));
        }
        return shared;
    }

    /**
     * Starts a server; with a data directory the data is kept between runs.
     *
     * @param dataDirectory null for a fresh temporary cluster
     * @param port          0 for any free port
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            createDatabase(pg);
            return pg;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL server" + madeBy(dataDirectory), e);
        }
    }

    /** Names the major version of existing data: another major's data cannot be opened (.local of 17 before 15). */
    private static String madeBy(Path dataDirectory) {
        Path version = dataDirectory == null ? null : dataDirectory.resolve("PG_VERSION");
        try {
            return version != null && java.nio.file.Files.exists(version)
                    ? "; its data in " + dataDirectory + " was made by PostgreSQL " + java.nio.file.Files.readString(version).strip()
                    + ": if that is not the embedded server's major version, delete the folder (or move it away) to start afresh"
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    public static String jdbcUrl(EmbeddedPostgres pg) {
        return pg.getJdbcUrl(USER, DATABASE);
    }

    private static void createDatabase(EmbeddedPostgres pg) {
        try (var c = pg.getPostgresDatabase().getConnection();
             var s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create the database " + DATABASE, e);
        }
    }

    private static synchronized void closeShared() {
        if (shared != null) {
            try {
                shared.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the server's own shutdown hook stops it as well
            }
            shared = null;
        }
    }
}
