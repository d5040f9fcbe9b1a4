package cn.xinhuo.security;

import cn.xinhuo.support.EmbeddedDatabase;
import cn.xinhuo.support.ProductInstance;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
    private static ProductInstance first;
    private static ProductInstance second;
    private static String a;
    private static String b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = EmbeddedDatabase.start(null, 0);
        String url = EmbeddedDatabase.jdbcUrl(database);
        Map<String, String> admin = Map.of("XINHUO_ADMIN_USERNAME", ADMIN, "XINHUO_ADMIN_PASSWORD", INITIAL);
        first = ProductInstance.start("a", url, admin, Duration.ofSeconds(90));
        a = first.base();
        // after the first: it finds the schema and the administrator in place
        second = ProductInstance.start("b", url, admin, Duration.ofSeconds(90));
        b = second.base();
    }

    @AfterAll
    static void stop() throws IOException {
        for (ProductInstance instance : new ProductInstance[] {first, second}) {
            if (instance != null) {
                instance.close();
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
}
