package cn.xinhuo.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged backend (quarkus-run.jar, built by {@code package}) running as its own process, as
 * it is deployed: for the failsafe tests (*IT) of the whole product. Its log is
 * {@code target/it-instance-<name>.log}.
 */
public final class ProductInstance implements AutoCloseable {

    /** The local-only privacy key of the tests (protects nothing). */
    public static final String PRIVACY_KEY = "dGVzdC1vbmx5LWtleS1ub3QtYS1zZWNyZXQtMDAwMDA=";

    private final String name;
    private final String base;
    private final Process process;

    private ProductInstance(String name, String base, Process process) {
        this.name = name;
        this.base = base;
        this.process = process;
    }

    /**
     * Starts the product on the database at {@code jdbcUrl} (the embedded server's user) with the
     * given extra settings, and waits until it is ready.
     */
    public static ProductInstance start(String name, String jdbcUrl, Map<String, String> settings, Duration startup)
            throws IOException, InterruptedException {
        int port = freePort();
        String jar = System.getProperty("xinhuo.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-jar", jar)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/it-instance-" + name + ".log"));
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "PORT", String.valueOf(port),
                "XINHUO_PRIVACY_KEY", PRIVACY_KEY));
        env.putAll(settings);
        pb.environment().putAll(env);
        var instance = new ProductInstance(name, "http://localhost:" + port, pb.start());
        try {
            instance.awaitReady(startup);
        } catch (RuntimeException | InterruptedException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    /** http://localhost:port */
    public String base() {
        return base;
    }

    /** Waits until /q/health/ready answers 200; returns how long that took in milliseconds. */
    public long awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " exited; see target/it-instance-" + name + ".log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("instance " + name + " was not ready within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
