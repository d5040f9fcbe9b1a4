package cn.xinhuo.security;

import cn.xinhuo.support.EmbeddedDatabase;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the built backend on one database agree on security state: a lockout counted
 * on one holds on the other, and a token revoked on one is refused by the other. Runs the packaged
 * application (failsafe, after {@code package}), not the test build.
 */
class TwoInstancesIT {

    private static final String ADMIN = "root";
    private static final String INITIAL = "Two-Instances-2016!";
    private static final String PASSWORD = "Changed-Twice-2016!";

    private static EmbeddedPostgres database;
    private static Process first;
    private static Process second;
    private static String a;
    private static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = EmbeddedDatabase.start(null, 0);
        String url = EmbeddedDatabase.jdbcUrl(database);
        int portA = freePort();
        int portB = freePort();
        first = start(url, portA, "a");
        a = "http://localhost:" + portA;
        awaitReady(a, first);
        second = start(url, portB, "b"); // after the first: it finds the schema and the administrator in place
        b = "http://localhost:" + portB;
        awaitReady(b, second);
    }

    @AfterAll
    static void stop() throws IOException {
        for (Process p : new Process[] {first, second}) {
            if (p != null) {
                p.destroy();
                try {
                    p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                p.destroyForcibly();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Tag("S2")
    @Test
    void aTokenRevokedOnOneInstanceIsRefusedByTheOther() {
        String token = adminToken();
        given().baseUri(b).header("Authorization", "Bearer " + token).get("/api/v1/auth/me").then().statusCode(200);
        given().baseUri(b).header("Authorization", "Bearer " + token).post("/api/v1/auth/logout").then().statusCode(204);
        given().baseUri(a).header("Authorization", "Bearer " + token).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Tag("A2")
    @Test
    void aLockoutCountedOnOneInstanceHoldsOnTheOther() {
        String token = adminToken();
        long top = given().baseUri(a).header("Authorization", "Bearer " + token).get("/api/v1/organizations/roots")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");
        String name = "two-" + System.nanoTime();
        given().baseUri(a).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("username", name, "displayName", "双实例", "organizationId", top,
                        "roles", List.of("VIEWER"), "initialPassword", INITIAL))
                .post("/api/v1/users").then().statusCode(201);

        for (int i = 0; i < 5; i++) {
            login(i % 2 == 0 ? a : b, name, "Wrong-Pass-2016!").then().statusCode(401);
        }
        login(b, name, INITIAL).then().statusCode(401);
        login(a, name, INITIAL).then().statusCode(401);
    }

    private static String adminToken() {
        Response first = login(a, ADMIN, INITIAL);
        if (first.statusCode() == 200) {
            String token = first.jsonPath().getString("accessToken");
            given().baseUri(a).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", INITIAL, "newPassword", PASSWORD))
                    .post("/api/v1/auth/change-password").then().statusCode(204);
            return token;
        }
        return login(a, ADMIN, PASSWORD).then().statusCode(200).extract().jsonPath().getString("accessToken");
    }

    private static Response login(String base, String username, String password) {
        return given().baseUri(base).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password)).post("/api/v1/auth/login");
    }

    private static Process start(String jdbcUrl, int port, String name) throws IOException {
        String jar = System.getProperty("xinhuo.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-jar", jar)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/it-instance-" + name + ".log"));
        pb.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "PORT", String.valueOf(port),
                "XINHUO_ADMIN_USERNAME", ADMIN,
                "XINHUO_ADMIN_PASSWORD", INITIAL,
                "XINHUO_PRIVACY_KEY", "dGVzdC1vbmx5LWtleS1ub3QtYS1zZWNyZXQtMDAwMDA="));
        return pb.start();
    }

    private static void awaitReady(String base, Process process) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance at " + base + " exited; see target/it-instance-*.log");
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("instance at " + base + " did not become ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
