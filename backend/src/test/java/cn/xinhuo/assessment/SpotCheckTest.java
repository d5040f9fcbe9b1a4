package cn.xinhuo.assessment;

import cn.xinhuo.support.Assessments;
import cn.xinhuo.support.Auth;
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

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Two spot checks a year per title holder, one in each half-year it holds the title; a half-year that ended without one is overdue. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SpotCheckTest {

    private long city;
    private long holder;
    private long sheet;
    private RequestSpecification cityAdmin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        city = Fixtures.organization("抽查市", "CITY_COMMITTEE", null);
        long township = Fixtures.organization("抽查乡", "TOWNSHIP_COMMITTEE", city);
        holder = Fixtures.organization("抽查村", "VILLAGE_GROUP", township);
        Fixtures.organization("未授牌村", "VILLAGE_GROUP", township);
        cityAdmin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
        sheet = Assessments.sheet(cityAdmin, city, "FIVE_GOOD");
        long selfCheck = Assessments.confirmed(cityAdmin, holder, sheet, "SELF_CHECK", "2016-02-10", 9);
        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", holder, "kind", "AWARDED", "occurredOn", "2016-03-01", "decidedBy", "市关工委",
                        "evaluationId", selfCheck))
                .post("/api/v1/awards").then().statusCode(201);
    }

    private ValidatableResponse due(String asOf) {
        return given().spec(cityAdmin).queryParam("within", city).queryParam("year", 2016).queryParam("asOf", asOf)
                .get("/api/v1/evaluations/spot-checks-due").then().statusCode(200);
    }

    @Test
    void theHolderIsDueEachHalfYearAndOverdueOnceAHalfEndsWithoutASpotCheck() {
        due("2016-06-15").body("items.organizationId", contains((int) holder))
                .body("items[0].firstHalfDue", equalTo(true)).body("items[0].secondHalfDue", equalTo(false))
                .body("items[0].dueBy", equalTo("2016-06-30")).body("items[0].overdue", equalTo(false));
        due("2016-07-05").body("items[0].overdue", equalTo(true)).body("overdue", equalTo(1));

        // a draft does not count; a submitted spot check does
        long spotCheck = Assessments.draft(cityAdmin, holder, sheet, "SPOT_CHECK", "2016-05-18", 9);
        due("2016-07-05").body("items[0].firstHalfDone", equalTo(false));
        Assessments.step(cityAdmin, spotCheck, "SUBMITTED");
        due("2016-07-05").body("items[0].firstHalfDone", equalTo(true)).body("items[0].done", equalTo(1))
                .body("items[0].secondHalfDue", equalTo(true)).body("items[0].dueBy", equalTo("2016-12-31"))
                .body("items[0].overdue", equalTo(false));
        due("2017-01-10").body("items[0].overdue", equalTo(true));
        given().spec(cityAdmin).queryParam("within", city).queryParam("year", 2016).queryParam("asOf", "2016-07-05")
                .queryParam("overdueOnly", true).get("/api/v1/evaluations/spot-checks-due").then().body("items", hasSize(0));

        Assessments.confirmed(cityAdmin, holder, sheet, "SPOT_CHECK", "2016-10-20", 9);
        due("2017-01-10").body("items[0].done", equalTo(2)).body("items[0].overdue", equalTo(false))
                .body("items[0].dueBy", nullValue());
    }

    @Test
    void beforeTheAwardNothingIsDue() {
        due("2016-02-20").body("items", hasSize(0)).body("total", equalTo(0));
    }
}
