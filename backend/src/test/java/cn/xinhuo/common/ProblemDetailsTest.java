package cn.xinhuo.common;

import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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

    @Tag("V3")
    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String huge = "{\"name\": \"" + "村".repeat(600_000) + "\"}";
        given().contentType("application/json").body(huge).when().post("/api/v1/organizations").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:payload-too-large"));
    }

    @Tag("V2")
    @Test
    void apiAnswersCarryStrictSecurityHeaders() {
        given().when().get("/api/v1/organizations/roots").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .header("Cache-Control", "no-store");
    }

    /** V4: whatever goes wrong, the body is a problem from the message bundle: no class, package or stack frame. */
    @Tag("V4")
    @Test
    void errorBodiesNameNoClassAndCarryNoStackTrace() {
        java.util.regex.Pattern internals = java.util.regex.Pattern.compile(
                "Exception|Error:|\\bat [a-z]+\\.|\\.java:\\d|cn\\.xinhuo|org\\.(hibernate|jboss|postgresql)|io\\.(quarkus|vertx)|java\\.|jakarta\\.|com\\.fasterxml|SQL");
        java.util.List<io.restassured.response.Response> answers = java.util.List.of(
                given().get("/api/v1/no-such-thing"),
                given().delete("/api/v1/organizations/roots"),
                given().contentType("text/plain").body("hello").post("/api/v1/organizations"),
                given().contentType("application/json").body("{\"name\": [").post("/api/v1/organizations"),
                given().contentType("application/json").body("{\"name\": 1, \"type\": {\"x\": []}}").post("/api/v1/organizations"),
                given().contentType("application/json").body("[1, 2]").post("/api/v1/organizations"),
                given().queryParam("within", "abc").get("/api/v1/organizations"),
                given().queryParam("within", "99999999999999999999").get("/api/v1/volunteers"),
                given().queryParam("from", "2016-02-30").get("/api/v1/trainings"),
                given().get("/api/v1/organizations/12abc"),
                given().header("If-Match", "W/\"x\"").contentType("application/json").body("{}").put("/api/v1/organizations/1"),
                given().header("Authorization", "Bearer x").get("/api/v1/organizations"));
        for (var answer : answers) {
            assertThat(answer.statusCode()).as(answer.asString()).isBetween(400, 499);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(internals.matcher(answer.asString()).find()).as(answer.asString()).isFalse();
        }
    }
}
