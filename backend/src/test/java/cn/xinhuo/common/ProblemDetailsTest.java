package cn.xinhuo.common;

import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ProblemDetailsTest {

    @org.junit.jupiter.api.BeforeEach
    void logIn() {
        cn.xinhuo.support.Auth.actAsRoot();
    }

    @Test
    void anUnknownAddressIsAProblemToo() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:xinhuo:problem:not-found"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        given().when().delete("/api/v1/organizations/roots").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:method-not-allowed"));
    }

    @Test
    void aBodyThatIsNotJsonIsAProblem() {
        given().contentType("text/plain").body("hello").when().post("/api/v1/organizations").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:unsupported-media-type"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String huge = "{\"name\": \"" + "村".repeat(600_000) + "\"}";
        given().contentType("application/json").body(huge).when().post("/api/v1/organizations").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:payload-too-large"));
    }

    @Test
    void apiAnswersCarryStrictSecurityHeaders() {
        given().when().get("/api/v1/organizations/roots").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .header("Cache-Control", "no-store");
    }
}
