package cn.xinhuo.common;

import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

    /** Found by ContractFuzzTest: JAX-RS answered these with a bare 404, or read them as false / a date. */
    @Test
    void aQueryParameterThatIsNotItsTypeIsA400NamingIt() {
        Map<String, Map<String, String>> bad = Map.of(
                "/api/v1/volunteers", Map.of("page", "abc", "within", "1.5", "honored", "2", "size", "99999999999"),
                "/api/v1/research-visits", Map.of("from", "+99999-01-01", "to", "2016-02-30"));
        bad.forEach((path, parameters) -> parameters.forEach((name, value) ->
                given().queryParam(name, value).when().get(path).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:xinhuo:problem:validation"))
                        .body("errors.field", contains(name))));
        // absent, trimmed, and empty is absent
        for (String path : List.of("/api/v1/assessment-templates", "/api/v1/awards", "/api/v1/evaluations/spot-checks-due",
                "/api/v1/appointments")) {
            given().when().get(path).then().statusCode(200);
        }
        given().queryParam("within", "").queryParam("page", " 0 ").queryParam("honored", "").when().get("/api/v1/volunteers")
                .then().statusCode(200);
    }

    /** Found by ContractFuzzTest: a number out of its type's range was "not valid JSON", naming nothing. */
    @Test
    void aNumberOutOfRangeOrAFractionForAnIntegerIsA400NamingIt() {
        for (String parentId : List.of("1E+400", "9223372036854775808", "1.5")) {
            given().contentType("application/json").body("{\"name\":\"越界\",\"type\":\"CITY_COMMITTEE\",\"parentId\":" + parentId + "}")
                    .when().post("/api/v1/organizations").then().statusCode(400)
                    .body("type", equalTo("urn:xinhuo:problem:validation"))
                    .body("errors.field", contains("parentId"));
        }
        given().contentType("application/json").body("{\"name\":\"越界\",\"startYear\":2147483648,\"targets\":[]}")
                .when().post("/api/v1/campaigns").then().statusCode(400).body("errors.field", hasItem("startYear"));
    }

    /** Found by ContractFuzzTest: PostgreSQL refuses U+0000 in text, and the request failed with a 500. */
    @Test
    void textWithANulCharacterIsA400NamingIt() {
        given().contentType("application/json").body("{\"name\":\"村\\u0000村\",\"type\":\"CITY_COMMITTEE\"}")
                .when().post("/api/v1/organizations").then().statusCode(400)
                .body("type", equalTo("urn:xinhuo:problem:validation"))
                .body("errors.field", contains("name"));
        given().urlEncodingEnabled(false).when().get("/api/v1/volunteers?q=NUL%00byte").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("q"));
    }

    /** Found by ContractFuzzTest: +99999-01-01 was stored, and every answer carrying it broke the contract. */
    @Test
    void aDateIsYearMonthDayWithAFourDigitYear() {
        for (String date : List.of("+99999-01-01", "2016-6-1", "2016-02-30")) {
            given().contentType("application/json")
                    .body("{\"name\":\"日期\",\"type\":\"CITY_COMMITTEE\",\"establishedOn\":\"" + date + "\"}")
                    .when().post("/api/v1/organizations").then().statusCode(400)
                    .body("errors.field", contains("establishedOn"));
        }
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
