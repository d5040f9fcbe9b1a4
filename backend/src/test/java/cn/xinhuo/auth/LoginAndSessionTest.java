package cn.xinhuo.auth;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class LoginAndSessionTest {

    private long township;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        var city = given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(Map.of("name", "登录测试市-" + UUID.randomUUID(), "type", "CITY_COMMITTEE"))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        township = given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(Map.of("name", "登录测试乡-" + UUID.randomUUID(), "type", "TOWNSHIP_COMMITTEE", "parentId", city))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/v1/auth/login");
    }

    private static String username() {
        return "t-" + UUID.randomUUID().toString().substring(0, 10);
    }

    @Test
    void withoutALiveTokenEveryApiCallIs401() {
        given().when().get("/api/v1/organizations").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:unauthorized"));
        given().header("Authorization", "Bearer not-a-real-token-at-all-xxxxxxxx")
                .when().get("/api/v1/organizations/roots").then().statusCode(401);
        given().header("Authorization", "Basic cm9vdDpyb290")
                .when().get("/api/v1/users").then().statusCode(401);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        String name = username();
        Auth.createUser(name, township, "VIEWER");
        Response unknown = login("nobody-" + name, "Whatever-2016!");
        Response wrong = login(name, "Wrong-Pass-2016!");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.asString()).isEqualTo(unknown.asString().replace(
                unknown.jsonPath().getString("instance"), wrong.jsonPath().getString("instance")));
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPasswordUntilTheLockLifts() {
        String name = username();
        long id = Auth.createUser(name, township, "VIEWER");
        for (int i = 0; i < 5; i++) {
            login(name, "Wrong-Pass-2016!").then().statusCode(401);
        }
        login(name, Auth.initialPassword()).then().statusCode(401);
        assertThat(Database.count("select count(*) from app_user where id = ? and locked_until > now()", id)).isEqualTo(1);

        // fifteen minutes later
        Database.update("update app_user set locked_until = now() - interval '1 second' where id = ?", id);
        login(name, Auth.initialPassword()).then().statusCode(200).body("user.mustChangePassword", equalTo(true));

        String root = Auth.root();
        given().spec(Auth.as(root)).queryParam("objectId", String.valueOf(id)).queryParam("objectType", "user")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.event", hasItem("ACCOUNT_LOCKED"))
                .body("items.event", hasItem("LOGIN_REFUSED_LOCKED"))
                .body("items.event", hasItem("LOGIN_SUCCEEDED"));
    }

    @Test
    void aTokenUsedAfterLogoutIs401() {
        String token = Auth.newUser(township, "VIEWER");
        given().spec(Auth.as(token)).when().get("/api/v1/organizations/roots").then().statusCode(200);
        given().spec(Auth.as(token)).when().post("/api/v1/auth/logout").then().statusCode(204);
        given().spec(Auth.as(token)).when().get("/api/v1/organizations/roots").then().statusCode(401);
        given().spec(Auth.as(token)).when().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void refreshingGivesANewTokenAndRetiresTheOldOneWithoutExtendingTheLogin() {
        String token = Auth.newUser(township, "VIEWER");
        String expiresAt = given().spec(Auth.as(token)).when().post("/api/v1/auth/refresh").then().statusCode(200)
                .extract().jsonPath().getString("expiresAt");
        assertThat(expiresAt).isNotBlank();
        given().spec(Auth.as(token)).when().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void anIdleOrTooOldTokenIs401() {
        String idle = Auth.newUser(township, "VIEWER");
        String old = Auth.newUser(township, "VIEWER");
        Database.update("update user_session set last_seen_at = now() - interval '31 minutes' where token_hash = encode(sha256(?::bytea), 'hex')", idle);
        Database.update("update user_session set expires_at = now() - interval '1 second' where token_hash = encode(sha256(?::bytea), 'hex')", old);
        given().spec(Auth.as(idle)).when().get("/api/v1/organizations/roots").then().statusCode(401);
        given().spec(Auth.as(old)).when().get("/api/v1/organizations/roots").then().statusCode(401);
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() {
        String name = username();
        Auth.createUser(name, township, "ORG_ADMIN");
        String token = login(name, Auth.initialPassword()).then().statusCode(200)
                .body("user.mustChangePassword", equalTo(true)).extract().jsonPath().getString("accessToken");

        given().spec(Auth.as(token)).when().get("/api/v1/organizations/roots").then().statusCode(403)
                .body("type", equalTo("urn:xinhuo:problem:password-change-required"));
        given().spec(Auth.as(token)).when().get("/api/v1/auth/me").then().statusCode(200)
                .body("mustChangePassword", equalTo(true));

        given().spec(Auth.as(token)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Not-The-Current-1!", "newPassword", "Brand-New-2016!"))
                .post("/api/v1/auth/change-password").then().statusCode(400)
                .body("errors.field", hasItem("currentPassword"));
        for (String weak : List.of("short1!", "password1", "alllowercaseletters", name)) {
            given().spec(Auth.as(token)).contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", Auth.initialPassword(), "newPassword", weak))
                    .post("/api/v1/auth/change-password").then().statusCode(400)
                    .body("errors.field", hasItem("newPassword"));
        }
        Auth.changePassword(token, Auth.initialPassword(), "Brand-New-2016!");
        given().spec(Auth.as(token)).when().get("/api/v1/organizations/roots").then().statusCode(200);
        login(name, Auth.initialPassword()).then().statusCode(401);
    }

    @Test
    void disablingAUserEndsItsLoginsAtOnce() {
        String token = Auth.newUser(township, "VIEWER");
        long id = given().spec(Auth.as(token)).get("/api/v1/auth/me").then().extract().jsonPath().getLong("id");
        var user = given().spec(Auth.as(Auth.root())).get("/api/v1/users/" + id).then().statusCode(200).extract();
        given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON).header("If-Match", user.header("ETag"))
                .body(Map.of("displayName", "停用的用户", "organizationId", township, "roles", List.of("VIEWER"), "enabled", false))
                .put("/api/v1/users/" + id).then().statusCode(200).body("enabled", equalTo(false));
        given().spec(Auth.as(token)).when().get("/api/v1/organizations/roots").then().statusCode(401);
    }

    @Test
    void tooManyAttemptsForOneUsernameAre429WithRetryAfter() throws InterruptedException {
        // the limit counts per clock minute: start early in one, so the attempts fall in a single window
        int second = java.time.LocalTime.now().getSecond();
        if (second > 45) {
            Thread.sleep((61L - second) * 1000);
        }
        String name = username();
        int refusedAt = -1;
        for (int i = 0; i < 12 && refusedAt < 0; i++) {
            if (login(name, "Wrong-Pass-2016!").statusCode() == 429) {
                refusedAt = i;
            }
        }
        assertThat(refusedAt).isEqualTo(10);
        login(name, "Wrong-Pass-2016!").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void passwordsAndTokensNeverReachTheAuditTrail() {
        String token = Auth.newUser(township, "VIEWER");
        assertThat(Database.count("select count(*) from audit_event where jsonb_exists(after_state, 'password_hash') or jsonb_exists(before_state, 'password_hash')"))
                .isZero();
        assertThat(Database.count("select count(*) from audit_event where detail like ? or after_state::text like ?",
                "%" + token + "%", "%" + token + "%")).isZero();
    }
}
