package cn.xinhuo.security;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A3 with XINHUO_ADMIN_TOTP_REQUIRED: an administrator without a second factor reaches only its own
 * account until it enrols one, then works as before and cannot switch it off; other roles are not
 * asked. The policy is switched on for each test alone (QuarkusMock), so the suite's own root and
 * demo administrators keep working without codes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("A3")
class AdministratorsMustEnrolASecondFactorTest {

    @Inject
    SecondFactor secondFactor;

    private RequestSpecification admin;
    private RequestSpecification viewer;

    @BeforeEach
    void accountsThenThePolicyOn() {
        RestAssured.requestSpecification = null;
        long city = Fixtures.organization("双因素强制市", "CITY_COMMITTEE", null);
        admin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
        viewer = Auth.as(Auth.newUser(city, "VIEWER"));
        QuarkusMock.installMockForType(new SecondFactorPolicy(true), SecondFactorPolicy.class);
    }

    @Test
    void anAdministratorWithoutASecondFactorReachesOnlyItsAccountUntilItEnrolsOne() {
        given().spec(admin).get("/api/v1/volunteers").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:totp-enrolment-required"));
        given().spec(admin).get("/api/v1/organizations").then().statusCode(403)
                .body("type", equalTo("urn:xinhuo:problem:totp-enrolment-required"));
        given().spec(admin).get("/api/v1/auth/me").then().statusCode(200)
                .body("totpEnabled", equalTo(false)).body("totpEnrolmentRequired", equalTo(true));

        String secret = given().spec(admin).post("/api/v1/auth/totp/setup").then().statusCode(200)
                .extract().jsonPath().getString("secret");
        given().spec(admin).contentType(ContentType.JSON).body(Map.of("code", secondFactor.codeAt(secret, Instant.now())))
                .post("/api/v1/auth/totp/enable").then().statusCode(200)
                .body("totpEnabled", equalTo(true)).body("totpEnrolmentRequired", equalTo(false));

        given().spec(admin).get("/api/v1/volunteers").then().statusCode(200);
        given().spec(admin).contentType(ContentType.JSON).body(Map.of("currentPassword", Auth.PASSWORD))
                .post("/api/v1/auth/totp/disable").then().statusCode(409).contentType("application/problem+json");
        given().spec(admin).get("/api/v1/auth/me").then().statusCode(200).body("totpEnabled", equalTo(true));
    }

    @Test
    void otherRolesAreNotAsked() {
        given().spec(viewer).get("/api/v1/volunteers").then().statusCode(200);
        given().spec(viewer).get("/api/v1/auth/me").then().statusCode(200).body("totpEnrolmentRequired", equalTo(false));
    }
}
