package cn.xinhuo.assessment;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The 五好 title: awarded on a passing confirmed evaluation, warned, then revoked — every step with its evaluation. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class AwardTest {

    private long city;
    private long village;
    private long sheet;
    private RequestSpecification cityAdmin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        city = Fixtures.organization("授牌市", "CITY_COMMITTEE", null);
        long township = Fixtures.organization("授牌乡", "TOWNSHIP_COMMITTEE", city);
        village = Fixtures.organization("授牌村", "VILLAGE_GROUP", township);
        cityAdmin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
        sheet = given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", city, "kind", "FIVE_GOOD", "name", Fixtures.unique("五好评分表"), "passTotal", 6,
                        "criteria", List.of(Map.of("title", "领导班子建设好", "maxPoints", 10, "items", List.of(
                                Map.of("code", "1.1", "title", "班子健全", "maxPoints", 5),
                                Map.of("code", "1.2", "title", "培训到位", "maxPoints", 5))))))
                .post("/api/v1/assessment-templates").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A confirmed evaluation of the village scoring {@code points} of 10. */
    private long confirmed(String kind, int points) {
        long id = given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", village, "templateId", sheet, "kind", kind, "evaluatedOn", "2016-05-18",
                        "scores", List.of(Map.of("code", "1.1", "score", Math.min(points, 5)),
                                Map.of("code", "1.2", "score", Math.max(points - 5, 0)))))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String step : List.of("SUBMITTED", "CONFIRMED")) {
            String etag = given().spec(cityAdmin).get("/api/v1/evaluations/" + id).then().extract().header("ETag");
            given().spec(cityAdmin).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", step))
                    .post("/api/v1/evaluations/" + id + "/steps").then().statusCode(200);
        }
        return id;
    }

    private ValidatableResponse decide(String kind, long evaluation, String day, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", village, "kind", kind, "occurredOn", day,
                "decidedBy", "五大连池市关工委", "evaluationId", evaluation));
        body.put("reason", reason);
        return given().spec(cityAdmin).contentType(ContentType.JSON).body(body).post("/api/v1/awards").then();
    }

    @Test
    void awardedThenWarnedThenRevokedEachStepWithItsEvaluationAndTheHoldersFollow() {
        long selfCheck = confirmed("SELF_CHECK", 9);
        decide("AWARDED", selfCheck, "2016-03-01", null).statusCode(201).body("evaluationTotal", equalTo(9.0f));
        given().spec(cityAdmin).queryParam("within", city).queryParam("holders", true).get("/api/v1/awards").then()
                .body("items.organizationId", hasItem((int) village));

        long firstRecheck = confirmed("RECHECK", 4);
        decide("REVOKED", firstRecheck, "2016-04-01", "连续滑坡").statusCode(409).body("errors.field", contains("kind"));
        decide("WARNED", firstRecheck, "2016-04-01", null).statusCode(201);
        long secondRecheck = confirmed("RECHECK", 3);
        decide("REVOKED", secondRecheck, "2016-06-01", null).statusCode(400).body("errors.field", contains("reason"));
        decide("REVOKED", secondRecheck, "2016-06-01", "两次复查未达标").statusCode(201);

        given().spec(cityAdmin).queryParam("organizationId", village).get("/api/v1/awards").then().statusCode(200)
                .body("items.kind", contains("AWARDED", "WARNED", "REVOKED"))
                .body("items.evaluationId", contains((int) selfCheck, (int) firstRecheck, (int) secondRecheck))
                .body("items[2].reason", equalTo("两次复查未达标"));
        given().spec(cityAdmin).queryParam("within", city).queryParam("holders", true).get("/api/v1/awards").then()
                .body("items.organizationId", not(hasItem((int) village)));
    }

    @Test
    void noTitleWithoutAPassingConfirmedEvaluationAndNothingIsWritten() {
        long failing = confirmed("SPOT_CHECK", 4);
        long draft = given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", village, "templateId", sheet, "kind", "SPOT_CHECK", "evaluatedOn", "2016-05-18",
                        "scores", List.of(Map.of("code", "1.1", "score", 5), Map.of("code", "1.2", "score", 5))))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
        String before = Database.fingerprint();
        decide("AWARDED", failing, "2016-06-01", null).statusCode(409).body("errors.field", contains("evaluationId"));
        decide("AWARDED", draft, "2016-06-01", null).statusCode(409).body("errors.field", contains("evaluationId"));
        decide("WARNED", failing, "2016-06-01", null).statusCode(409).body("errors.field", contains("kind"));
        assertThat(Database.fingerprint()).isEqualTo(before);
    }
}
