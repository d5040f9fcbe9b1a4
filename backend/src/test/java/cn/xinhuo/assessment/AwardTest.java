package cn.xinhuo.assessment;

import cn.xinhuo.support.Assessments;
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
        sheet = Assessments.sheet(cityAdmin, city, "FIVE_GOOD");
    }

    /** A confirmed evaluation of the village scoring {@code points} of 10. */
    private long confirmed(String kind, int points) {
        return Assessments.confirmed(cityAdmin, village, sheet, kind, "2016-05-18", points);
    }

    private ValidatableResponse decide(String kind, long evaluation, String day, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", village, "kind", kind, "occurredOn", day,
                "decidedBy", "五大连池市关工委", "evaluationId", evaluation));
        body.put("reason", reason);
        return given().spec(cityAdmin).contentType(ContentType.JSON).body(body).post("/api/v1/awards").then();
    }

    /** The rates row of village groups under the city on a day. */
    private ValidatableResponse villageRates(String day) {
        return given().spec(cityAdmin).queryParam("within", city).queryParam("on", day).get("/api/v1/awards/rates").then()
                .statusCode(200).rootPath("rows.find { it.organizationType == 'VILLAGE_GROUP' }");
    }

    @Test
    void awardedThenWarnedThenRevokedEachStepWithItsEvaluationAndTheHoldersFollow() {
        long plan = given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", city, "name", "三年规划", "startYear", 2014, "endYear", 2016, "targets", List.of()))
                .post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", village, "planYear", 2015, "status", "ENROLLED", "enrolledOn", "2015-03-01"))
                .post("/api/v1/campaigns/" + plan + "/enrolments").then().statusCode(201);
        long selfCheck = confirmed("SELF_CHECK", 9);
        villageRates("2016-02-01").body("enrolled", equalTo(1)).body("awarded", equalTo(0)).body("rate", equalTo(0.0f));
        decide("AWARDED", selfCheck, "2016-03-01", null).statusCode(201).body("evaluationTotal", equalTo(9.0f));
        villageRates("2016-03-01").body("awarded", equalTo(1)).body("rate", equalTo(100.0f)).body("warned", equalTo(0));
        given().spec(cityAdmin).queryParam("within", city).queryParam("holders", true).get("/api/v1/awards").then()
                .body("items.organizationId", hasItem((int) village));

        long firstRecheck = confirmed("RECHECK", 4);
        decide("REVOKED", firstRecheck, "2016-04-01", "连续滑坡").statusCode(409).body("errors.field", contains("kind"));
        decide("WARNED", firstRecheck, "2016-04-01", null).statusCode(201);
        villageRates("2016-04-01").body("awarded", equalTo(1)).body("warned", equalTo(1)).body("revoked", equalTo(0));
        long secondRecheck = confirmed("RECHECK", 3);
        decide("REVOKED", secondRecheck, "2016-06-01", null).statusCode(400).body("errors.field", contains("reason"));
        decide("REVOKED", secondRecheck, "2016-06-01", "两次复查未达标").statusCode(201);
        villageRates("2016-06-01").body("enrolled", equalTo(1)).body("awarded", equalTo(0)).body("rate", equalTo(0.0f))
                .body("warned", equalTo(0)).body("revoked", equalTo(1));
        villageRates("2016-05-31").body("awarded", equalTo(1)).body("revoked", equalTo(0));

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
        long draft = Assessments.draft(cityAdmin, village, sheet, "SPOT_CHECK", "2016-05-18", 10);
        String before = Database.fingerprint();
        decide("AWARDED", failing, "2016-06-01", null).statusCode(409).body("errors.field", contains("evaluationId"));
        decide("AWARDED", draft, "2016-06-01", null).statusCode(409).body("errors.field", contains("evaluationId"));
        decide("WARNED", failing, "2016-06-01", null).statusCode(409).body("errors.field", contains("kind"));
        assertThat(Database.fingerprint()).isEqualTo(before);
    }
}
