package cn.xinhuo.common;

import cn.xinhuo.support.EmbeddedDatabase;
import cn.xinhuo.support.ProductInstance;
import cn.xinhuo.support.Together;
import cn.xinhuo.support.Together.Reply;
import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged product on its own PostgreSQL server, which the test stops and starts again while
 * the product runs (R5); and the two ways a live database can still fail a request — a statement
 * past its timeout, and a pool with every connection busy. Each is a 503 problem with Retry-After,
 * answered quickly, and nothing is lost. The product runs with a pool of 8 and an 8 s statement
 * timeout so the busy and slow cases take seconds; the outage does not depend on either.
 */
@Tag("R5")
@DisplayName("R5 V4 database outage: readiness DOWN, liveness UP, fast 503s with Retry-After and no stack trace, recovery without a restart")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final String ADMIN = "root";
    private static final String INITIAL = "Outage-Initial-2016!";
    private static final String PASSWORD = "Outage-Changed-2016!";
    private static final int POOL = 8;
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(8);
    /** The product's quarkus.datasource.jdbc.acquisition-timeout. */
    private static final Duration ACQUISITION_TIMEOUT = Duration.ofSeconds(3);

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres database;
    private static ProductInstance product;
    private static String token;

    @BeforeAll
    static void startTheProduct() throws Exception {
        dataDirectory = Path.of("target/it-outage-pgdata").toAbsolutePath();
        deleteTree(dataDirectory);
        port = ProductInstance.freePort();
        database = EmbeddedDatabase.start(dataDirectory, port);
        product = ProductInstance.start("outage", EmbeddedDatabase.jdbcUrl(database), Map.of(
                "XINHUO_ADMIN_USERNAME", ADMIN, "XINHUO_ADMIN_PASSWORD", INITIAL,
                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", String.valueOf(POOL),
                "XINHUO_DB_STATEMENT_TIMEOUT", STATEMENT_TIMEOUT.toSeconds() + "s"), Duration.ofSeconds(120));
        String first = login(INITIAL);
        given().baseUri(product.base()).header("Authorization", "Bearer " + first).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", INITIAL, "newPassword", PASSWORD))
                .post("/api/v1/auth/change-password").then().statusCode(204);
        token = login(PASSWORD);
    }

    @AfterAll
    static void stop() throws IOException {
        if (product != null) {
            product.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("R5 V3 a statement past the statement timeout is a 503 with Retry-After, not a 500")
    void aStatementPastTheTimeoutIs503() throws Exception {
        try (Connection lock = lockVolunteers()) {
            long started = System.nanoTime();
            Reply reply = Together.send(get("/api/v1/volunteers?size=1"));
            long took = millisSince(started);
            assertUnavailable(reply, "10");
            assertThat(took).isBetween(STATEMENT_TIMEOUT.toMillis() - 500, STATEMENT_TIMEOUT.toMillis() + 4000);
            System.out.printf("[R5] statement timeout: 503 after %d ms (statement timeout %d ms)%n", took,
                    STATEMENT_TIMEOUT.toMillis());
        }
    }

    @Test
    @Order(2)
    @DisplayName("R5 every pooled connection busy: the next request is a 503 with Retry-After after the acquisition timeout; the busy ones finish")
    void aRequestFindingEveryConnectionBusyIs503() throws Exception {
        List<CompletableFuture<Reply>> busy = new ArrayList<>();
        Reply probe;
        long took;
        try (Connection lock = lockVolunteers()) {
            for (int i = 0; i < POOL; i++) {
                busy.add(Together.sendLater(get("/api/v1/volunteers?size=1")));
            }
            awaitWaitingOnLock(POOL);
            long started = System.nanoTime();
            probe = Together.send(get("/api/v1/organizations/roots"));
            took = millisSince(started);
        }
        assertUnavailable(probe, "2");
        assertThat(took).isBetween(ACQUISITION_TIMEOUT.toMillis() - 500, ACQUISITION_TIMEOUT.toMillis() + 2500);
        for (CompletableFuture<Reply> reply : busy) {
            assertThat(reply.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        System.out.printf("[R5] pool exhausted (%d of %d busy): 503 after %d ms (acquisition timeout %d ms)%n", POOL, POOL,
                took, ACQUISITION_TIMEOUT.toMillis());
    }

    @Test
    @Order(3)
    @DisplayName("R5 PostgreSQL stopped and started again: DOWN/UP, fast 503s, recovery by itself, nothing lost")
    void theProductRidesOutADatabaseOutage() throws Exception {
        List<Long> kept = new ArrayList<>();
        long root = given().baseUri(product.base()).header("Authorization", "Bearer " + token)
                .get("/api/v1/organizations/roots").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        for (int i = 0; i < 3; i++) {
            kept.add(createOrganization(root, "停电前乡" + i).then().statusCode(201).extract().jsonPath().getLong("id"));
        }

        database.close(); // pg_ctl stop -m fast: every connection is cut
        long stoppedAt = System.nanoTime();

        given().baseUri(product.base()).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        long readyStarted = System.nanoTime();
        given().baseUri(product.base()).get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"));
        long readyTook = millisSince(readyStarted);

        List<Long> failures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            Reply reply = Together.send(get(i % 2 == 0 ? "/api/v1/organizations/roots" : "/api/v1/organizations/" + kept.get(0)));
            failures.add(millisSince(started));
            assertUnavailable(reply, "5");
        }
        long started = System.nanoTime();
        Reply write = Together.send(Together.request(product.base(), "POST", "/api/v1/organizations", token,
                Map.of("name", "停电中乡", "type", "TOWNSHIP_COMMITTEE", "parentId", root)).build());
        failures.add(millisSince(started));
        assertUnavailable(write, "5");
        // a login during the outage is not "wrong password": the SPA must not send the user away
        started = System.nanoTime();
        var login = given().baseUri(product.base()).contentType(ContentType.JSON)
                .body(Map.of("username", ADMIN, "password", PASSWORD)).post("/api/v1/auth/login");
        failures.add(millisSince(started));
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.header("Retry-After")).isNotNull();
        assertThat(failures).allSatisfy(ms -> assertThat(ms).isLessThan(ACQUISITION_TIMEOUT.toMillis()));

        long outage = millisSince(stoppedAt);
        long restartStarted = System.nanoTime();
        database = EmbeddedDatabase.start(dataDirectory, port);
        long databaseBack = millisSince(restartStarted);
        long readyAgain = product.awaitReady(Duration.ofSeconds(60));

        // once ready, every request is served again: no stale connection is handed out
        int served = 0;
        for (int i = 0; i < 2 * POOL + 4; i++) {
            Reply reply = Together.send(get("/api/v1/organizations/" + kept.get(i % kept.size())));
            assertThat(reply.status()).as("request %d after recovery: %s", i, reply.body()).isEqualTo(200);
            served++;
        }
        for (long id : kept) {
            assertThat(Together.send(get("/api/v1/organizations/" + id)).body()).contains("停电前乡");
        }
        createOrganization(root, "恢复后乡").then().statusCode(201);

        failures.sort(Comparator.naturalOrder());
        System.out.printf("[R5] outage of %d ms: readiness DOWN in %d ms; %d requests failed with 503 in %d–%d ms (median %d);"
                        + " database restarted in %d ms, product ready %d ms later, %d requests served after%n",
                outage, readyTook, failures.size(), failures.get(0), failures.get(failures.size() - 1),
                failures.get(failures.size() / 2), databaseBack, readyAgain, served);
    }

    private static void assertUnavailable(Reply reply, String retryAfter) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("Retry-After")).isEqualTo(retryAfter);
        assertThat(reply.body()).contains("urn:xinhuo:problem:service-unavailable")
                .doesNotContain("Exception", "org.postgresql", "org.hibernate", "io.agroal", "java.", "cn.xinhuo", "\tat ");
    }

    private static java.net.http.HttpRequest get(String path) {
        return Together.request(product.base(), "GET", path, token, null).build();
    }

    private static io.restassured.response.Response createOrganization(long parent, String name) {
        return given().baseUri(product.base()).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", name + "-" + System.nanoTime(), "type", "TOWNSHIP_COMMITTEE", "parentId", parent))
                .post("/api/v1/organizations");
    }

    private static String login(String password) {
        return given().baseUri(product.base()).contentType(ContentType.JSON)
                .body(Map.of("username", ADMIN, "password", password)).post("/api/v1/auth/login")
                .then().statusCode(200).extract().jsonPath().getString("accessToken");
    }

    /** A transaction of the test's own holding the volunteer table: reads of it wait. */
    private static Connection lockVolunteers() throws SQLException {
        Connection c = database.getDatabase(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE).getConnection();
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            s.execute("lock table volunteer in access exclusive mode");
        }
        return c;
    }

    /** Polled outside the lock's transaction: within one, pg_stat_activity shows the same snapshot. */
    private static void awaitWaitingOnLock(int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (var c = database.getDatabase(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE).getConnection();
                 var s = c.createStatement();
                 var rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                         + " and datname = current_database()")) {
                rs.next();
                if (rs.getInt(1) >= expected) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(expected + " requests were not waiting on the lock in time");
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
