package cn.xinhuo.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The database of the local run: a real PostgreSQL server whose data is kept in a folder between
 * runs. Prints one line "JDBC_URL=…" when ready and runs until it is terminated.
 *
 * <p>Usage: {@code LocalDatabase <data-directory> <port>}
 */
public final class LocalDatabase {

    private LocalDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".local/pgdata").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 55432;
        Files.createDirectories(dir);
        var pg = EmbeddedDatabase.start(dir, port);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // exiting anyway
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("JDBC_URL=" + EmbeddedDatabase.jdbcUrl(pg));
        System.out.flush();
        stopped.await();
    }
}
