package cn.xinhuo.auth;

import cn.xinhuo.security.SecondFactor;
import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("A3")
class SecondFactorTest {

    @Inject
    SecondFactor secondFactor;

    private String username;
    private String token;

    @BeforeEach
    void anAdminWithAPassword() {
        RestAssured.requestSpecification = null;
        long city = given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(Map.of("name", "双因素市-" + UUID.randomUUID(), "type", "CITY_COMMITTEE"))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        username = "f-" + UUID.randomUUID().toString().substring(0, 10);
        Auth.createUser(username, city, "ORG_ADMIN");
        token = Auth.login(username, Auth.initialPassword());
        Auth.changePassword(token, Auth.initialPassword(), Auth.PASSWORD);
    }

    private Response login(String code) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", Auth.PASSWORD));
        body.put("totpCode", code);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/auth/login");
    }

    private String enable() {
        String secret = given().spec(Auth.as(token)).post("/api/v1/auth/totp/setup").then().statusCode(200)
                .body("otpauthUri", startsWith("otpauth://totp/Xinhuo%3A" + username))
                .extract().jsonPath().getString("secret");
        given().spec(Auth.as(token)).contentType(ContentType.JSON).body(Map.of("code", "000000"))
                .post("/api/v1/auth/totp/enable").then().statusCode(400).body("errors.field", hasItem("code"));
        given().spec(Auth.as(token)).contentType(ContentType.JSON)
                .body(Map.of("code", secondFactor.codeAt(secret, Instant.now())))
                .post("/api/v1/auth/totp/enable").then().statusCode(200).body("totpEnabled", equalTo(true));
        return secret;
    }

    @Test
    void withASecondFactorTheRightPasswordAloneIsNotEnough() {
        String secret = enable();
        login(null).then().statusCode(401).body("type", equalTo("urn:xinhuo:problem:totp-required"));
        login(wrongCode(secret)).then().statusCode(401).body("type", equalTo("urn:xinhuo:problem:unauthorized"));
        // the code that turned it on was this step's: the login takes the next step's (one step of drift)
        String next = secondFactor.codeAt(secret, Instant.now().plusSeconds(30));
        login(next).then().statusCode(200).body("user.totpEnabled", equalTo(true));
        login(next).then().statusCode(401).body("type", equalTo("urn:xinhuo:problem:unauthorized")); // no replay
        assertThat(Database.count("select count(*) from audit_event where jsonb_exists(after_state, 'totp_secret')"))
                .isZero();
    }

    @Tag("A2")
    @Test
    void wrongCodesCountTowardsTheLockout() {
        String secret = enable();
        for (int i = 0; i < 5; i++) {
            login(wrongCode(secret)).then().statusCode(401);
        }
        login(secondFactor.codeAt(secret, Instant.now().plusSeconds(30))).then().statusCode(401)
                .body("type", equalTo("urn:xinhuo:problem:unauthorized"));
    }

    @Test
    void turningItOffNeedsTheCurrentPassword() {
        enable();
        given().spec(Auth.as(token)).contentType(ContentType.JSON).body(Map.of("currentPassword", "Not-It-2016!"))
                .post("/api/v1/auth/totp/disable").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        given().spec(Auth.as(token)).contentType(ContentType.JSON).body(Map.of("currentPassword", Auth.PASSWORD))
                .post("/api/v1/auth/totp/disable").then().statusCode(200).body("totpEnabled", equalTo(false));
        login(null).then().statusCode(200);
    }

    @Test
    void anAdministratorCanResetTheSecondFactorOfALostAuthenticator() {
        enable();
        long id = given().spec(Auth.as(token)).get("/api/v1/auth/me").then().extract().jsonPath().getLong("id");
        var user = given().spec(Auth.as(Auth.root())).get("/api/v1/users/" + id).then().statusCode(200)
                .body("totpEnabled", equalTo(true)).extract();
        given().spec(Auth.as(Auth.root())).header("If-Match", user.header("ETag"))
                .post("/api/v1/users/" + id + "/reset-totp").then().statusCode(200).body("totpEnabled", equalTo(false));
        login(null).then().statusCode(200);
    }

    /** A six-digit code that is not valid in the accepted window. */
    private String wrongCode(String secret) {
        var valid = java.util.Set.of(secondFactor.codeAt(secret, Instant.now().minusSeconds(30)),
                secondFactor.codeAt(secret, Instant.now()), secondFactor.codeAt(secret, Instant.now().plusSeconds(30)),
                secondFactor.codeAt(secret, Instant.now().plusSeconds(60)));
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }
}
