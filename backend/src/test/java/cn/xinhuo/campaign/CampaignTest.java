package cn.xinhuo.campaign;

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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A city's three-year plan: yearly targets by type, townships' organizations planned and enrolled, progress against them. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CampaignTest {

    private long city;
    private long township;
    private long otherTownship;
    private long village;
    private long otherVillage;
    private RequestSpecification cityAdmin;
    private RequestSpecification townshipAdmin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        city = Fixtures.organization("规划市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("规划乡", "TOWNSHIP_COMMITTEE", city);
        otherTownship = Fixtures.organization("规划镇", "TOWNSHIP_COMMITTEE", city);
        village = Fixtures.organization("规划村", "VILLAGE_GROUP", township);
        otherVillage = Fixtures.organization("规划屯", "VILLAGE_GROUP", otherTownship);
        cityAdmin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
        townshipAdmin = Auth.as(Auth.newUser(township, "ORG_ADMIN"));
    }

    private Map<String, Object> plan(List<Map<String, Object>> targets) {
        return Map.of("organizationId", city, "name", Fixtures.unique("第二个三年规划"), "startYear", 2014, "endYear", 2016,
                "targets", targets);
    }

    private long createPlan() {
        return given().spec(cityAdmin).contentType(ContentType.JSON).body(plan(List.of(
                        Map.of("year", 2016, "organizationType", "VILLAGE_GROUP", "target", 2),
                        Map.of("year", 2014, "organizationType", "TOWNSHIP_COMMITTEE", "target", 2))))
                .post("/api/v1/campaigns").then().statusCode(201)
                .body("targets.year", contains(2014, 2016)).extract().jsonPath().getLong("id");
    }

    private ValidatableResponse enrol(RequestSpecification as, long plan, long organization, int year, String status, String on) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organization, "planYear", year, "status", status));
        body.put("enrolledOn", on);
        return given().spec(as).contentType(ContentType.JSON).body(body).post("/api/v1/campaigns/" + plan + "/enrolments").then();
    }

    @Test
    void progressCountsPlannedAndEnrolledOrganizationsAgainstTheYearlyTargets() {
        long plan = createPlan();
        enrol(cityAdmin, plan, township, 2014, "ENROLLED", "2014-03-01").statusCode(201).body("holdsTitle", equalTo(false));
        enrol(cityAdmin, plan, otherTownship, 2014, "ENROLLED", "2014-04-01").statusCode(201);
        enrol(cityAdmin, plan, village, 2016, "PLANNED", null).statusCode(201).body("organizationType", equalTo("VILLAGE_GROUP"));
        enrol(cityAdmin, plan, otherVillage, 2016, "ENROLLED", "2016-05-01").statusCode(201);

        given().spec(cityAdmin).get("/api/v1/campaigns/" + plan + "/progress").then().statusCode(200)
                .body("years.find { it.year == 2014 && it.organizationType == 'TOWNSHIP_COMMITTEE' }.enrolled", equalTo(2))
                .body("years.find { it.year == 2014 && it.organizationType == 'TOWNSHIP_COMMITTEE' }.targetReached", equalTo(100.0f))
                .body("years.find { it.year == 2016 && it.organizationType == 'VILLAGE_GROUP' }.target", equalTo(2))
                .body("years.find { it.year == 2016 && it.organizationType == 'VILLAGE_GROUP' }.planned", equalTo(1))
                .body("years.find { it.year == 2016 && it.organizationType == 'VILLAGE_GROUP' }.enrolled", equalTo(1))
                .body("years.find { it.year == 2016 && it.organizationType == 'VILLAGE_GROUP' }.targetReached", equalTo(50.0f))
                .body("totals.organizationType", contains("TOWNSHIP_COMMITTEE", "VILLAGE_GROUP"));

        // counted over a township's subtree
        given().spec(cityAdmin).queryParam("within", township).get("/api/v1/campaigns/" + plan + "/progress").then().statusCode(200)
                .body("totals.find { it.organizationType == 'TOWNSHIP_COMMITTEE' }.enrolled", equalTo(1))
                .body("totals.find { it.organizationType == 'VILLAGE_GROUP' }.planned", equalTo(1))
                .body("totals.find { it.organizationType == 'VILLAGE_GROUP' }.enrolled", equalTo(0));
        given().spec(cityAdmin).queryParam("within", township).queryParam("size", 50).get("/api/v1/campaigns/" + plan + "/enrolments")
                .then().statusCode(200).body("items.organizationId", containsInAnyOrder((int) township, (int) village));
        // the township reads the plan it falls under, but the plan is the city's: not among its own records
        given().spec(townshipAdmin).queryParam("covering", township).get("/api/v1/campaigns").then().statusCode(200)
                .body("items.id", contains((int) plan)).body("items[0].targets.target", contains(2, 2));
        given().spec(townshipAdmin).get("/api/v1/campaigns/" + plan).then().statusCode(404);
        given().spec(cityAdmin).queryParam("status", "PLANNED").get("/api/v1/campaigns/" + plan + "/enrolments").then()
                .body("items.organizationId", contains((int) village)).body("items[0].enrolledOn", nullValue());
    }

    @Test
    void aPlannedVillageEnrolsLaterByAnUpdateWithItsDate() {
        long plan = createPlan();
        var created = enrol(cityAdmin, plan, village, 2016, "PLANNED", null).statusCode(201).extract();
        String path = "/api/v1/campaigns/" + plan + "/enrolments/" + created.jsonPath().getLong("id");
        given().spec(cityAdmin).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("planYear", 2016, "status", "ENROLLED", "enrolledOn", "2016-04-01"))
                .put(path).then().statusCode(200).body("status", equalTo("ENROLLED")).body("enrolledOn", equalTo("2016-04-01"));
    }

    @Test
    void badPlansAndEnrolmentsAreRefusedNamingTheFieldAndNothingIsWritten() {
        long plan = createPlan();
        enrol(cityAdmin, plan, village, 2016, "ENROLLED", "2016-03-01").statusCode(201);
        long elsewhere = Fixtures.organization("别村", "VILLAGE_GROUP", Fixtures.organization("别乡", "TOWNSHIP_COMMITTEE",
                Fixtures.organization("别市", "CITY_COMMITTEE", null)));
        String before = Database.fingerprint();

        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(plan(List.of(Map.of("year", 2018, "organizationType", "VILLAGE_GROUP", "target", 3),
                        Map.of("year", 2015, "organizationType", "CITY_COMMITTEE", "target", 1))))
                .post("/api/v1/campaigns").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("targets[0].year", "targets[1].organizationType"));
        enrol(cityAdmin, plan, otherVillage, 2016, "ENROLLED", null).statusCode(400).body("errors.field", contains("enrolledOn"));
        enrol(cityAdmin, plan, otherVillage, 2019, "PLANNED", null).statusCode(400).body("errors.field", contains("planYear"));
        // entering the ranks happens once
        enrol(cityAdmin, plan, village, 2015, "PLANNED", null).statusCode(409).body("errors.field", contains("organizationId"));
        // the city's plan is not the township's to enrol in or change
        enrol(townshipAdmin, plan, village, 2016, "PLANNED", null).statusCode(404);
        given().spec(townshipAdmin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(plan(List.of()))
                .put("/api/v1/campaigns/" + plan).then().statusCode(404);
        // an organization outside the plan's committee's subtree
        given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(Map.of("organizationId", elsewhere, "planYear", 2016, "status", "PLANNED"))
                .post("/api/v1/campaigns/" + plan + "/enrolments").then().statusCode(404).body("errors.field", contains("organizationId"));

        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Test
    void aPlanCannotDropTheYearItsOrganizationsArePlannedForAndNothingIsWritten() {
        long plan = createPlan();
        enrol(cityAdmin, plan, village, 2016, "PLANNED", null).statusCode(201);
        String etag = given().spec(cityAdmin).get("/api/v1/campaigns/" + plan).then().extract().header("ETag");
        String before = Database.fingerprint();
        given().spec(cityAdmin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("organizationId", city, "name", "缩短的规划", "startYear", 2014, "endYear", 2015, "targets", List.of()))
                .put("/api/v1/campaigns/" + plan).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("startYear"));
        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Test
    void anotherCitysPlanIsNotThere() {
        long plan = createPlan();
        long elsewhere = Fixtures.organization("别市", "CITY_COMMITTEE", null);
        RequestSpecification stranger = Auth.as(Auth.newUser(elsewhere, "ORG_ADMIN"));
        given().spec(stranger).get("/api/v1/campaigns/" + plan).then().statusCode(404);
        given().spec(stranger).get("/api/v1/campaigns/" + plan + "/progress").then().statusCode(404);
    }
}
