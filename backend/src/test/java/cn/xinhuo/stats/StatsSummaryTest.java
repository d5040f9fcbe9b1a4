package cn.xinhuo.stats;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.SyntheticPeople;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/** Every figure of the report's table (domain.md) for 五大连池市 in 2016-H1, computed from the demo records. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class StatsSummaryTest {

    private RequestSpecification cityViewer;

    @BeforeEach
    void logIn() {
        RestAssured.requestSpecification = null;
        cityViewer = Auth.as(Auth.login("city-viewer", "Xinhuo@2016"));
    }

    private ValidatableResponse summary(RequestSpecification as, Object orgId, String period) {
        var request = given().spec(as).queryParam("period", period);
        if (orgId != null) {
            request.queryParam("orgId", orgId);
        }
        return request.get("/api/v1/stats/summary").then();
    }

    @Test
    void theCityIn2016H1HasEveryFigureOfTheReport() {
        summary(cityViewer, null, "2016-H1").statusCode(200)
                .body("organizationName", equalTo("五大连池市关工委"))
                .body("period.from", equalTo("2016-01-01")).body("period.to", equalTo("2016-06-30"))
                .body("previousPeriod.label", equalTo("2015-H2"))
                // research: 3 trips to 6 townships and streets, 12 villages, 3 communities, 2 schools
                .body("research.trips", equalTo(3))
                .body("research.placesByType.find { it.type == 'TOWNSHIP_COMMITTEE' }.places", equalTo(6))
                .body("research.placesByType.find { it.type == 'VILLAGE_GROUP' }.places", equalTo(12))
                .body("research.placesByType.find { it.type == 'COMMUNITY_GROUP' }.places", equalTo(3))
                .body("research.placesByType.find { it.type == 'SCHOOL_GROUP' }.places", equalTo(2))
                // leadership: 4 常务副主任 appointed, 24 常务副组长 changed, 9 classes, every new leader trained
                .body("leadership.byRole.find { it.role == 'EXECUTIVE_DEPUTY_DIRECTOR' }.appointed", equalTo(4))
                .body("leadership.byRole.find { it.role == 'EXECUTIVE_DEPUTY_LEADER' }.appointed", equalTo(24))
                .body("trainings", equalTo(9)).body("leadership.trainedShare", equalTo(1.0f))
                // the register: 1286 五老, 900 rural, rural net +30
                .body("volunteers.registered", equalTo(1286))
                .body("volunteers.byResidence.find { it.key == 'RURAL' }.count", equalTo(900))
                .body("volunteers.activeNetChangeByResidence.find { it.key == 'RURAL' }.count", equalTo(30))
                // teams: 186 — 143 care teams (516), 22 lecture teams (223), 21 art troupes (255)
                .body("teams.teams", equalTo(186))
                .body("teams.byType.find { it.type == 'CARE' }.teams", equalTo(143))
                .body("teams.byType.find { it.type == 'CARE' }.members", equalTo(516))
                .body("teams.byType.find { it.type == 'LECTURE' }.teams", equalTo(22))
                .body("teams.byType.find { it.type == 'LECTURE' }.members", equalTo(223))
                .body("teams.byType.find { it.type == 'ART' }.teams", equalTo(21))
                .body("teams.byType.find { it.type == 'ART' }.members", equalTo(255))
                // models: 32, 8 provincial or prefecture, 14 by the city's party and government, 10 on TV
                .body("models.models", equalTo(32))
                .body("models.byLevel.findAll { it.level == 'PROVINCIAL' || it.level == 'PREFECTURE' }.people.sum()", equalTo(8))
                .body("models.byLevel.find { it.level == 'CITY_PARTY_GOVERNMENT' }.people", equalTo(14))
                .body("models.featuredInMedia", equalTo(10))
                // 五好: 13, 87, 6 enrolled; 13, 67, 6 awarded (100 %, 77 %, 100 %); 2 spot checks; none revoked; 8 planned
                .body("fiveGood.rates.rows.organizationType", contains("TOWNSHIP_COMMITTEE", "VILLAGE_GROUP", "COMMUNITY_GROUP"))
                .body("fiveGood.rates.rows.enrolled", contains(13, 87, 6))
                .body("fiveGood.rates.rows.awarded", contains(13, 67, 6))
                .body("fiveGood.rates.rows.rate", contains(100.0f, 77.0f, 100.0f))
                .body("fiveGood.rates.rows.revoked", contains(0, 0, 0))
                .body("fiveGood.spotCheckRounds", equalTo(2))
                .body("fiveGood.plannedForYear", equalTo(8))
                // 党建带关工: every branch's half-year result of 2016 is in, the year-end ones are not yet
                .body("partyBuilding.branches", equalTo(101)).body("partyBuilding.halfYearAssessed", equalTo(101))
                .body("partyBuilding.yearEndAssessed", equalTo(0));
    }

    @Test
    void aTownshipCountsOnlyItsSubtreeAndCannotAskForAnother() {
        RequestSpecification xingan = Auth.as(Auth.login("xingan-admin", "Xinhuo@2016"));
        long registered = given().spec(xingan).queryParam("size", 1).get("/api/v1/volunteers").then().extract().jsonPath()
                .getLong("total");
        int teams = given().spec(xingan).get("/api/v1/teams/summary").then().extract().path("teams");
        // this half-year's register is today's register (other tests add people and teams as they run)
        LocalDate today = LocalDate.now();
        summary(xingan, null, today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2)).statusCode(200)
                .body("organizationName", equalTo("兴安乡关工委"))
                .body("volunteers.registered", equalTo((int) registered)).body("teams.teams", equalTo(teams));
        summary(xingan, null, "2016-H1").statusCode(200)
                .body("volunteers.registered", lessThan(1286)).body("teams.teams", lessThan(186))
                .body("fiveGood.rates.rows.find { it.organizationType == 'TOWNSHIP_COMMITTEE' }.enrolled", equalTo(1));
        long tuanjie = given().spec(cityViewer).queryParam("q", "团结").get("/api/v1/organizations").then()
                .extract().jsonPath().getLong("items.find { it.type == 'TOWNSHIP_COMMITTEE' }.id");
        summary(xingan, tuanjie, "2016-H1").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void teamsAndModelsAreCountedAsTheyStoodOnThePeriodsLastDay() {
        long city = Fixtures.organization("统计市", "CITY_COMMITTEE", null);
        long township = Fixtures.organization("统计乡", "TOWNSHIP_COMMITTEE", city);
        RequestSpecification admin = Auth.as(Auth.newUser(township, "ORG_ADMIN"));
        long person = given().spec(admin).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer(Fixtures.unique("统计"), township)).post("/api/v1/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        // a team established, an honour given and a report on TV, each just after the first half of 2016
        given().spec(admin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", township, "type", "CARE", "name", "统计乡五老关爱团", "establishedOn", "2016-07-01"))
                .post("/api/v1/teams").then().statusCode(201);
        given().spec(admin).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", person, "level", "TOWNSHIP", "title", "优秀五老", "awardedOn", "2016-07-02"))
                .post("/api/v1/honors").then().statusCode(201);
        given().spec(admin).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", person, "outlet", "五大连池市电视台", "coveredOn", "2016-07-03", "title", "五老风采"))
                .post("/api/v1/honors/media-coverage").then().statusCode(201);

        summary(admin, township, "2016-H1").statusCode(200)
                .body("teams.teams", equalTo(0)).body("models.models", equalTo(0)).body("models.featuredInMedia", equalTo(0));
        summary(admin, township, "2016-H2").statusCode(200)
                .body("teams.teams", equalTo(1)).body("models.models", equalTo(1)).body("models.featuredInMedia", equalTo(1));
        // the feature pages count what stands now
        given().spec(admin).queryParam("within", township).get("/api/v1/teams/summary").then().body("teams", equalTo(1));
    }

    @Test
    void anUnknownPeriodIsRefusedNamingIt() {
        summary(cityViewer, null, "2016-H3").statusCode(400).body("errors.field", contains("period"));
        given().spec(cityViewer).queryParam("from", "2016-01-01").get("/api/v1/stats/summary").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("to"));
        given().spec(cityViewer).queryParam("from", "2016-06-30").queryParam("to", "2016-01-01").get("/api/v1/stats/summary").then()
                .statusCode(400).body("errors.field", contains("to"));
    }
}
