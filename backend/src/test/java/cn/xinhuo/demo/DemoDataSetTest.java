package cn.xinhuo.demo;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The demo data set reproduces the report's figures for 五大连池市 (see seeds/README.md). */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DemoDataSetTest {

    private RequestSpecification cityViewer;

    @BeforeEach
    void logIn() {
        RestAssured.requestSpecification = null;
        cityViewer = Auth.as(Auth.login("city-viewer", "Xinhuo@2016"));
    }

    @Test
    void theRegisterHas1286Of900Rural() {
        given().spec(cityViewer).queryParam("size", 1).get("/api/v1/volunteers").then().body("total", equalTo(1286));
        given().spec(cityViewer).queryParam("size", 1).queryParam("residence", "RURAL").get("/api/v1/volunteers")
                .then().body("total", equalTo(900));
        given().spec(cityViewer).queryParam("q", "冯林").get("/api/v1/volunteers").then()
                .body("items.organizationName", contains("钟山村关工小组"));
    }

    @Test
    void theTeamsAre186With143CareTeamsOf516People() {
        given().spec(cityViewer).get("/api/v1/teams/summary").then().statusCode(200)
                .body("teams", equalTo(186))
                .body("members", equalTo(516 + 223 + 255))
                .body("byType.find { it.type == 'CARE' }.teams", equalTo(143))
                .body("byType.find { it.type == 'CARE' }.members", equalTo(516))
                .body("byType.find { it.type == 'LECTURE' }.teams", equalTo(22))
                .body("byType.find { it.type == 'LECTURE' }.members", equalTo(223))
                .body("byType.find { it.type == 'ART' }.teams", equalTo(21))
                .body("byType.find { it.type == 'ART' }.members", equalTo(255));
    }

    @Test
    void theModelsAre32With8FromProvinceOrPrefectureAnd14FromTheCityAnd10OnTv() {
        given().spec(cityViewer).get("/api/v1/honors/summary").then().statusCode(200)
                .body("models", equalTo(32))
                .body("byLevel.findAll { it.level == 'PROVINCIAL' || it.level == 'PREFECTURE' }.people.sum()", equalTo(8))
                .body("byLevel.find { it.level == 'CITY_PARTY_GOVERNMENT' }.people", equalTo(14))
                .body("featuredInMedia", equalTo(10));
    }

    @Test
    void fengLinsPairsAreCompletedWithBothOutcomesAndWangChunzhiDrivesXiaHuizhiToSchool() {
        long fengLin = given().spec(cityViewer).queryParam("q", "冯林").get("/api/v1/volunteers").then()
                .extract().jsonPath().getLong("items[0].id");
        given().spec(cityViewer).queryParam("volunteerId", fengLin).get("/api/v1/pairs").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.beneficiaryName", org.hamcrest.Matchers.containsInAnyOrder("汤立军", "魏平"))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("COMPLETED")))
                .body("items[0].outcomes", contains("LIFTED_OUT_OF_POVERTY", "SKILLED_FARMER"));

        long wang = given().spec(cityViewer).queryParam("q", "王春志").get("/api/v1/volunteers").then()
                .extract().jsonPath().getLong("items[0].id");
        var pair = given().spec(cityViewer).queryParam("volunteerId", wang).get("/api/v1/pairs").then().statusCode(200)
                .body("items[0].beneficiaryName", equalTo("夏慧志")).body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].type", equalTo("LEFT_BEHIND_CARE")).extract().jsonPath();
        given().spec(cityViewer).get("/api/v1/pairs/" + pair.getLong("items[0].id") + "/activities").then()
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("SCHOOL_TRANSPORT")))
                .body("total", org.hamcrest.Matchers.greaterThan(80));
        given().spec(cityViewer).get("/api/v1/beneficiaries/" + pair.getLong("items[0].beneficiaryId")).then()
                .body("consentMethod", equalTo("WRITTEN")).body("consentNoticeVersion", equalTo("2016-1"));
        given().spec(cityViewer).queryParam("size", 1).get("/api/v1/pairs").then()
                .body("total", org.hamcrest.Matchers.greaterThan(100));
    }

    @Test
    void inTheFirstHalfOf2016FourDirectorsAnd24GroupDeputiesChangedNineClassesTrainedThemAllAndThreeTripsWent() {
        var firstHalf = given().spec(cityViewer).queryParam("from", "2016-01-01").queryParam("to", "2016-06-30");
        firstHalf.get("/api/v1/appointments/summary").then().statusCode(200)
                .body("byRole.find { it.role == 'EXECUTIVE_DEPUTY_DIRECTOR' }.appointed", equalTo(4))
                .body("byRole.find { it.role == 'EXECUTIVE_DEPUTY_LEADER' }.appointed", equalTo(24))
                .body("byRole.find { it.role == 'EXECUTIVE_DEPUTY_LEADER' }.ended", equalTo(24))
                .body("appointed", equalTo(28)).body("trainedShare", equalTo(1.0f));
        given().spec(cityViewer).queryParam("from", "2016-01-01").queryParam("to", "2016-06-30").get("/api/v1/trainings")
                .then().body("total", equalTo(9));
        given().spec(cityViewer).queryParam("from", "2016-01-01").queryParam("to", "2016-06-30")
                .get("/api/v1/research-visits/summary").then().statusCode(200).body("trips", equalTo(3))
                .body("placesByType.find { it.type == 'TOWNSHIP_COMMITTEE' }.places", equalTo(6))
                .body("placesByType.find { it.type == 'VILLAGE_GROUP' }.places", equalTo(12))
                .body("placesByType.find { it.type == 'COMMUNITY_GROUP' }.places", equalTo(3))
                .body("placesByType.find { it.type == 'SCHOOL_GROUP' }.places", equalTo(2));
        given().spec(cityViewer).queryParam("untrained", true).queryParam("size", 1).get("/api/v1/appointments").then()
                .body("total", equalTo(0));
    }

    @Test
    void theCityHasTheFiveGoodSheetOfFiveCriteriaOf20PointsAndAPartyBuildingSheet() {
        given().spec(cityViewer).queryParam("kind", "FIVE_GOOD").get("/api/v1/assessment-templates").then().statusCode(200)
                .body("items[0].criteria.title", contains("领导班子建设好", "“五老”作用发挥好", "制度健全执行好", "积极探索创新好",
                        "活动经常效果好"))
                .body("items[0].criteria.collect { it.items.size() }", contains(4, 4, 4, 4, 4))
                .body("items[0].maxTotal", equalTo(100));
        given().spec(cityViewer).queryParam("kind", "PARTY_BUILDING").get("/api/v1/assessment-templates").then()
                .body("total", equalTo(1));
    }

    @Test
    void inTheFiveGoodCampaign13Committees87VillagesAnd6CommunitiesEnrolled13And67And6HoldTheTitleNoneRevoked() {
        given().spec(cityViewer).queryParam("on", "2016-06-30").get("/api/v1/awards/rates").then().statusCode(200)
                .body("rows.organizationType", contains("TOWNSHIP_COMMITTEE", "VILLAGE_GROUP", "COMMUNITY_GROUP"))
                .body("rows.enrolled", contains(13, 87, 6))
                .body("rows.awarded", contains(13, 67, 6))
                .body("rows.rate", contains(100.0f, 77.0f, 100.0f))
                .body("rows.revoked", contains(0, 0, 0));
    }

    @Test
    void theCitySpotChecksEveryHolderTwiceAndPlans8VillagesInTheLastYearOfTheSecondPlan() {
        given().spec(cityViewer).queryParam("year", 2016).queryParam("asOf", "2016-06-30").queryParam("size", 200)
                .get("/api/v1/evaluations/spot-checks-due").then().statusCode(200)
                .body("total", equalTo(86)).body("overdue", equalTo(0))
                .body("items.collect { it.done }.unique()", contains(2));
        int plan = given().spec(cityViewer).get("/api/v1/campaigns").then().statusCode(200)
                .body("items[0].name", org.hamcrest.Matchers.containsString("第二个")).extract().path("items[0].id");
        given().spec(cityViewer).get("/api/v1/campaigns/" + plan + "/progress").then().statusCode(200)
                .body("years.find { it.year == 2016 && it.organizationType == 'VILLAGE_GROUP' }.planned", equalTo(8))
                .body("years.find { it.year == 2016 && it.organizationType == 'VILLAGE_GROUP' }.target", equalTo(8));
    }

    @Test
    void threeVillageBranchesFailedTheirYearEndResultIn2015AndMayNotBeRatedAdvanced() {
        given().spec(cityViewer).queryParam("year", 2015).get("/api/v1/party-building/results").then().statusCode(200)
                .body("total", equalTo(101)).body("failed", equalTo(3)).body("passed", equalTo(98)).body("pending", equalTo(0));
    }
}
