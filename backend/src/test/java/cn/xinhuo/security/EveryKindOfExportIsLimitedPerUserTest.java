package cn.xinhuo.security;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * V3: every file made from the records — the 党建带关工 results, the work summary as Word and PDF
 * and its statistical tables (the register's export has its own test) — is limited to
 * {@link RateLimiter#EXPORTS_PER_MINUTE} a minute per user and kind; the next is a 429 with
 * Retry-After, while another kind and another user are still served.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("V3")
class EveryKindOfExportIsLimitedPerUserTest {

    private long city;
    private Map<String, Object> summary;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        city = Fixtures.organization("导出限额市", "CITY_COMMITTEE", null);
        summary = given().spec(Auth.as(Auth.root())).queryParam("orgId", city).queryParam("period", "2016-H1")
                .get("/api/v1/reports/work-summary").then().statusCode(200).extract().jsonPath().getMap("");
    }

    @Test
    void theEleventhExportOfAKindInAMinuteIs429AndOtherKindsAndUsersAreStillServed() throws InterruptedException {
        Map<String, Function<RequestSpecification, Integer>> kinds = Map.of(
                "party-building", u -> given().spec(u).queryParam("year", 2016).queryParam("within", city)
                        .get("/api/v1/party-building/results/export").statusCode(),
                "work summary .docx", u -> given().spec(u).contentType(ContentType.JSON).body(summary)
                        .post("/api/v1/reports/work-summary/docx").statusCode(),
                "work summary .pdf", u -> given().spec(u).contentType(ContentType.JSON).body(summary)
                        .post("/api/v1/reports/work-summary/pdf").statusCode(),
                "work summary tables", u -> given().spec(u).queryParam("orgId", city).queryParam("period", "2016-H1")
                        .get("/api/v1/reports/work-summary/tables").statusCode());
        for (var kind : kinds.entrySet()) {
            RequestSpecification admin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
            RequestSpecification colleague = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
            startEarlyInAMinute();
            for (int i = 0; i < RateLimiter.EXPORTS_PER_MINUTE; i++) {
                assertThat(kind.getValue().apply(admin)).as(kind.getKey() + " #" + (i + 1)).isEqualTo(200);
            }
            assertThat(kind.getValue().apply(admin)).as(kind.getKey() + " over the limit").isEqualTo(429);
            assertThat(kind.getValue().apply(colleague)).as(kind.getKey() + " by another user").isEqualTo(200);
            String other = kind.getKey().equals("work summary tables") ? "party-building" : "work summary tables";
            assertThat(kinds.get(other).apply(admin)).as(other + " after " + kind.getKey() + "'s limit").isEqualTo(200);
        }
        // the refusal carries the seconds to wait
        RequestSpecification admin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
        startEarlyInAMinute();
        for (int i = 0; i < RateLimiter.EXPORTS_PER_MINUTE; i++) {
            kinds.get("work summary tables").apply(admin);
        }
        var response = given().spec(admin).queryParam("orgId", city).queryParam("period", "2016-H1")
                .get("/api/v1/reports/work-summary/tables").then().statusCode(429).contentType("application/problem+json")
                .extract();
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 60);
    }

    /** The limit counts per clock minute: begin in its first two thirds, so one kind's exports share a window. */
    private static void startEarlyInAMinute() throws InterruptedException {
        int second = LocalTime.now().getSecond();
        if (second > 40) {
            Thread.sleep((61L - second) * 1000);
        }
    }
}
