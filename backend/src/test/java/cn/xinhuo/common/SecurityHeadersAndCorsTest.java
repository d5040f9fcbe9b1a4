package cn.xinhuo.common;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The API's strict response headers on every kind of answer, and CORS limited to the configured
 * origins (the test profile allows https://spa.xinhuo.test, as XINHUO_CORS_ORIGINS would).
 * Issue 10 item 2, beside injection (V2): a browser must never run, frame or sniff what the API says,
 * and a page of another origin must not read it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("V2")
class SecurityHeadersAndCorsTest {

    private static final String ALLOWED = "https://spa.xinhuo.test";
    private static final String FOREIGN = "https://evil.example";

    @BeforeEach
    void noDefaultLogin() {
        RestAssured.requestSpecification = null;
    }

    private static ValidatableResponse strict(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void jsonAnswersErrorsAndTheHealthChecksCarryTheStrictHeaders() {
        strict(given().spec(Auth.as(Auth.root())).get("/api/v1/organizations/roots").then().statusCode(200)
                .contentType(containsString("application/json")));
        strict(given().get("/api/v1/organizations/roots").then().statusCode(401)
                .contentType("application/problem+json"));
        strict(given().spec(Auth.as(Auth.root())).get("/api/v1/organizations/987654321").then().statusCode(404)
                .contentType("application/problem+json"));
        strict(given().spec(Auth.as(Auth.root())).queryParam("size", 500).get("/api/v1/organizations").then()
                .statusCode(400).contentType("application/problem+json"));
        strict(given().get("/api/v1/no-such-thing").then().statusCode(404));
        strict(given().get("/q/health").then().statusCode(200));
        strict(given().get("/q/health/ready").then().statusCode(200));
        strict(given().get("/q/metrics").then().statusCode(200));
    }

    @Test
    void aPreflightFromTheConfiguredOriginIsAllowedWithTheHeadersTheSpaSends() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/organizations/1").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-Match"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoAllowOrigin() {
        given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .options("/api/v1/organizations").then()
                .header("Access-Control-Allow-Origin", nullValue()); // without it the browser sends nothing
    }

    @Test
    void aRequestFromTheConfiguredOriginIsAnsweredWithItsOriginAndTheEtagExposed() {
        given().spec(Auth.as(Auth.root())).header("Origin", ALLOWED).get("/api/v1/organizations/roots").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", containsStringIgnoringCase("ETag"));
    }

    @Test
    void aRequestFromAnotherOriginIsRefusedAndItsAnswerIsNotReadable() {
        String token = Auth.root();
        given().spec(Auth.as(token)).header("Origin", FOREIGN).get("/api/v1/organizations/roots").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .body(not(containsString("五大连池")));
        // the same request without an Origin (not from a browser page) or from the API's own origin is served
        given().spec(Auth.as(token)).get("/api/v1/organizations/roots").then().statusCode(200);
        String self = RestAssured.baseURI + ":" + RestAssured.port;
        given().spec(Auth.as(token)).header("Origin", self).get("/api/v1/organizations/roots").then().statusCode(200);
    }
}
