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
import org.junit.jupiter.api.Tag;
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

    @jakarta.inject.Inject
    cn.xinhuo.security.SecurityConfig config;

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

    @Tag("A2")
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

    @Tag("A2")
    @Tag("L1")
    @Test
    void theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPasswordUntilTheLockLifts() {
        String name = username();
        long id = Auth.createUser(name, township, "VIEWER");
        for (int i = 0; i < 5; i++) {
            login(name, "Wrong-Pass-2016!").then().statusCode(401);
        }
        Response locked = login(name, Auth.initialPassword());
        Response unknown = login("nobody-" + name, Auth.initialPassword());
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.asString()).isEqualTo(unknown.asString().replace(
                unknown.jsonPath().getString("instance"), locked.jsonPath().getString("instance")));
        // locked for at least ten minutes (15 by default)
        assertThat(Database.count("select count(*) from app_user where id = ? and locked_until > now() + interval '10 minutes'", id))
                .isEqualTo(1);

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

    @Tag("S2")
    @Test
    void aTokenUsedAfterLogoutIs401() {
        String token = Auth.newUser(township, "VIEWER");
        given().spec(Auth.as(token)).when().get("/api/v1/organizations/roots").then().statusCode(200);
        given().spec(Auth.as(token)).when().post("/api/v1/auth/logout").then().statusCode(204);
        given().spec(Auth.as(token)).when().get("/api/v1/organizations/roots").then().statusCode(401);
        given().spec(Auth.as(token)).when().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Tag("S1")
    @Tag("S2")
    @Test
    void refreshingGivesANewTokenAndRetiresTheOldOneWithoutExtendingTheLogin() {
        String token = Auth.newUser(township, "VIEWER");
        String expiresAt = given().spec(Auth.as(token)).when().post("/api/v1/auth/refresh").then().statusCode(200)
                .extract().jsonPath().getString("expiresAt");
        assertThat(expiresAt).isNotBlank();
        given().spec(Auth.as(token)).when().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Tag("S1")
    @Test
    void anIdleOrTooOldTokenIs401() {
        String idle = Auth.newUser(township, "VIEWER");
        String old = Auth.newUser(township, "VIEWER");
        String awake = Auth.newUser(township, "VIEWER");
        // The server compares the session's last use and its absolute end with its clock: moving
        // them back in the database is the same as waiting.
        Database.update("update user_session set last_seen_at = now() - interval '31 minutes' where token_hash = encode(sha256(?::bytea), 'hex')", idle);
        Database.update("update user_session set expires_at = now() - interval '1 second' where token_hash = encode(sha256(?::bytea), 'hex')", old);
        Database.update("update user_session set last_seen_at = now() - interval '29 minutes' where token_hash = encode(sha256(?::bytea), 'hex')", awake);
        given().spec(Auth.as(idle)).when().get("/api/v1/organizations/roots").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:xinhuo:problem:unauthorized"));
        // busy until a moment ago, but past its absolute end
        given().spec(Auth.as(old)).when().get("/api/v1/organizations/roots").then().statusCode(401);
        // 29 minutes idle is still alive, and using it restarts the idle clock
        given().spec(Auth.as(awake)).when().get("/api/v1/organizations/roots").then().statusCode(200);
        assertThat(Database.count("select count(*) from user_session where token_hash = encode(sha256(?::bytea), 'hex')"
                + " and last_seen_at > now() - interval '1 minute'", awake)).isEqualTo(1);
        // a dead token stays dead, and cannot be refreshed
        given().spec(Auth.as(idle)).when().post("/api/v1/auth/refresh").then().statusCode(401);
        given().spec(Auth.as(old)).when().get("/api/v1/auth/me").then().statusCode(401);
    }

    @Tag("S1")
    @Test
    void aLoginTellsItsIdleTimeoutAndEndsWithinEightHoursWhateverTheRefreshes() {
        String name = username();
        Auth.createUser(name, township, "VIEWER");
        var first = login(name, Auth.initialPassword()).then().statusCode(200)
                .body("idleTimeoutSeconds", equalTo(1800)).extract().jsonPath();
        java.time.Instant end = java.time.Instant.parse(first.getString("expiresAt"));
        assertThat(end).isBetween(java.time.Instant.now().plus(java.time.Duration.ofMinutes(479)),
                java.time.Instant.now().plus(java.time.Duration.ofHours(8)));
        String token = first.getString("accessToken");
        for (int i = 0; i < 3; i++) {
            var refreshed = given().spec(Auth.as(token)).post("/api/v1/auth/refresh").then().statusCode(200).extract().jsonPath();
            assertThat(java.time.Instant.parse(refreshed.getString("expiresAt")))
                    .isCloseTo(end, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
            token = refreshed.getString("accessToken");
        }
    }

    @Tag("S1")
    @Tag("A1")
    @Tag("A2")
    @Test
    void theDefaultsAreTheDocumentedOnes() {
        // README's configuration table: 等保 mode on, 30 minutes idle, 8 hours at most, 5 failures lock for 15 minutes
        assertThat(config.password().dengbaoMode()).isTrue();
        assertThat(config.password().expiry()).isEqualTo(java.time.Duration.ofDays(90));
        assertThat(config.password().minLength()).isEqualTo(8);
        assertThat(config.password().maxLength()).isGreaterThanOrEqualTo(64);
        assertThat(config.session().idleTimeout()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(config.session().absoluteLifetime()).isEqualTo(java.time.Duration.ofHours(8));
        assertThat(config.lockout().maxFailures()).isEqualTo(5);
        assertThat(config.lockout().duration()).isGreaterThanOrEqualTo(java.time.Duration.ofMinutes(10));
    }

    @Tag("A1")
    @Test
    void inDengbaoModeAPasswordOlderThan90DaysMustBeChanged() {
        String name = username();
        long id = Auth.createUser(name, township, "VIEWER");
        String token = login(name, Auth.initialPassword()).then().extract().jsonPath().getString("accessToken");
        Auth.changePassword(token, Auth.initialPassword(), "Brand-New-2016!");

        Database.update("update app_user set password_changed_at = now() - interval '89 days' where id = ?", id);
        login(name, "Brand-New-2016!").then().statusCode(200).body("user.mustChangePassword", equalTo(false));

        Database.update("update app_user set password_changed_at = now() - interval '91 days' where id = ?", id);
        String expired = login(name, "Brand-New-2016!").then().statusCode(200)
                .body("user.mustChangePassword", equalTo(true)).extract().jsonPath().getString("accessToken");
        given().spec(Auth.as(expired)).get("/api/v1/organizations/roots").then().statusCode(403)
                .body("type", equalTo("urn:xinhuo:problem:password-change-required"));
        Auth.changePassword(expired, "Brand-New-2016!", "Newer-Still-2016!");
        given().spec(Auth.as(expired)).get("/api/v1/organizations/roots").then().statusCode(200);
    }

    @Tag("A1")
    @Test
    void aLongPassphraseIsAcceptedAndACommonPasswordIsRefusedAtTheApi() {
        String token = Auth.newUser(township, "VIEWER");
        String passphrase = "关心下一代 薪火相传 2016 Correct-Horse-Battery-Staple-" + "z".repeat(40);
        assertThat(passphrase.length()).isGreaterThan(64);
        given().spec(Auth.as(token)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Auth.PASSWORD, "newPassword", "Password@123"))
                .post("/api/v1/auth/change-password").then().statusCode(400).body("errors.field", hasItem("newPassword"));
        Auth.changePassword(token, Auth.PASSWORD, passphrase);
    }

    @Tag("A4")
    @Tag("A1")
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

    @Tag("S2")
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

    @Tag("V3")
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

    @Tag("L4")
    @Test
    void passwordsAndTokensNeverReachTheAuditTrail() {
        String token = Auth.newUser(township, "VIEWER");
        assertThat(Database.count("select count(*) from audit_event where jsonb_exists(after_state, 'password_hash') or jsonb_exists(before_state, 'password_hash')"))
                .isZero();
        assertThat(Database.count("select count(*) from audit_event where detail like ? or after_state::text like ?",
                "%" + token + "%", "%" + token + "%")).isZero();
    }

    @Tag("S2")
    @Test
    void changingThePasswordEndsTheUsersOtherLoginsButNotThisOne() {
        String name = username();
        Auth.createUser(name, township, "VIEWER");
        String first = login(name, Auth.initialPassword()).then().extract().jsonPath().getString("accessToken");
        Auth.changePassword(first, Auth.initialPassword(), "Brand-New-2016!");
        String phone = login(name, "Brand-New-2016!").then().statusCode(200).extract().jsonPath().getString("accessToken");
        String desk = login(name, "Brand-New-2016!").then().statusCode(200).extract().jsonPath().getString("accessToken");
        Auth.changePassword(desk, "Brand-New-2016!", "Newer-Still-2016!");
        given().spec(Auth.as(phone)).get("/api/v1/organizations/roots").then().statusCode(401);
        given().spec(Auth.as(first)).get("/api/v1/auth/me").then().statusCode(401);
        given().spec(Auth.as(desk)).get("/api/v1/organizations/roots").then().statusCode(200);
    }

    /** S3: 256 random bits per token, kept only as a hash; no cookie at all (the token travels in a header). */
    @Tag("S3")
    @Test
    void tokensAre256RandomBitsStoredOnlyAsHashesAndNoCookieIsEverSet() {
        String name = username();
        Auth.createUser(name, township, "VIEWER");
        Response loggedIn = login(name, Auth.initialPassword());
        assertThat(loggedIn.getHeaders().hasHeaderWithName("Set-Cookie")).isFalse();
        String token = loggedIn.jsonPath().getString("accessToken");
        Auth.changePassword(token, Auth.initialPassword(), "Brand-New-2016!");
        java.util.Set<String> tokens = new java.util.HashSet<>();
        tokens.add(token);
        for (int i = 0; i < 30; i++) {
            Response refreshed = given().spec(Auth.as(token)).post("/api/v1/auth/refresh");
            assertThat(refreshed.statusCode()).isEqualTo(200);
            assertThat(refreshed.getHeaders().hasHeaderWithName("Set-Cookie")).isFalse();
            token = refreshed.jsonPath().getString("accessToken");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(31).allMatch(t -> t.matches("[A-Za-z0-9_-]{43}")); // 32 bytes, Base64url
        // every bit position takes both values across the tokens (a constant or counter part would not)
        byte[][] raw = tokens.stream().map(t -> java.util.Base64.getUrlDecoder().decode(t)).toArray(byte[][]::new);
        for (int bit = 0; bit < 256; bit++) {
            int b = bit;
            long ones = java.util.Arrays.stream(raw).filter(r -> (r[b / 8] >> (b % 8) & 1) == 1).count();
            assertThat(ones).as("bit " + bit).isBetween(1L, 30L);
        }
        for (String t : tokens) {
            assertThat(Database.count("select count(*) from user_session where token_hash = encode(sha256(?::bytea), 'hex')", t))
                    .isEqualTo(1);
        }
        assertThat(Database.count("select count(*) from user_session where token_hash = ?", token)).isZero();
        Response me = given().spec(Auth.as(token)).get("/api/v1/auth/me");
        assertThat(me.getHeaders().hasHeaderWithName("Set-Cookie")).isFalse();
        Response out = given().spec(Auth.as(token)).post("/api/v1/auth/logout");
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.getHeaders().hasHeaderWithName("Set-Cookie")).isFalse();
    }
}
