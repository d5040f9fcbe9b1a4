package cn.xinhuo.assessment;

import cn.xinhuo.support.Assessments;
import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** 党建带关工: each village party branch's half-year and year-end results; a failed year-end result bars 先进党支部. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PartyBuildingTest {

    private long city;
    private long township;
    private long passing;
    private long failing;
    private long pending;
    private long sheet;
    private RequestSpecification cityAdmin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        city = Fixtures.organization("党建市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("党建乡", "TOWNSHIP_COMMITTEE", city);
        passing = Fixtures.organization("甲村", "VILLAGE_GROUP", township);
        failing = Fixtures.organization("乙村", "VILLAGE_GROUP", township);
        pending = Fixtures.organization("丙社区", "COMMUNITY_GROUP", township);
        cityAdmin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
        sheet = Assessments.sheet(cityAdmin, city, "PARTY_BUILDING");
        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", passing, "personName", "甲书记", "role", "LEADER", "startedOn", "2015-01-01"))
                .post("/api/v1/appointments").then().statusCode(201);
        Assessments.confirmed(cityAdmin, passing, sheet, "HALF_YEAR_PRELIMINARY", "2016-07-10", 8);
        Assessments.confirmed(cityAdmin, passing, sheet, "YEAR_END_OVERALL", "2016-12-20", 9);
        Assessments.confirmed(cityAdmin, failing, sheet, "HALF_YEAR_PRELIMINARY", "2016-07-10", 7);
        Assessments.confirmed(cityAdmin, failing, sheet, "YEAR_END_OVERALL", "2016-12-20", 4);
        // a draft is not a result
        Assessments.draft(cityAdmin, pending, sheet, "YEAR_END_OVERALL", "2016-12-20", 2);
    }

    @Test
    void aFailedYearEndResultMarksTheBranchNotEligibleForAdvanced() {
        given().spec(cityAdmin).queryParam("year", 2016).queryParam("within", township).get("/api/v1/party-building/results").then()
                .statusCode(200)
                .body("items.organizationId", contains((int) passing, (int) failing, (int) pending))
                .body("items[0].secretary", equalTo("甲书记")).body("items[0].townshipName", equalTo(given().spec(cityAdmin)
                        .get("/api/v1/organizations/" + township).then().extract().path("name")))
                .body("items[0].halfYear.passed", equalTo(true)).body("items[0].yearEnd.passed", equalTo(true))
                .body("items[0].eligibleForAdvanced", equalTo(true))
                .body("items[1].halfYear.passed", equalTo(true)).body("items[1].yearEnd.passed", equalTo(false))
                .body("items[1].eligibleForAdvanced", equalTo(false))
                .body("items[2].yearEnd", nullValue()).body("items[2].eligibleForAdvanced", nullValue())
                .body("passed", equalTo(1)).body("failed", equalTo(1)).body("pending", equalTo(1));
        // another year has no results yet
        given().spec(cityAdmin).queryParam("year", 2015).queryParam("within", township).get("/api/v1/party-building/results").then()
                .body("pending", equalTo(3));
    }

    @Test
    void theExportHoldsTheSameResultsForThePayLinkage() throws IOException {
        byte[] xlsx = given().spec(cityAdmin).queryParam("year", 2016).queryParam("within", township)
                .get("/api/v1/party-building/results/export").then().statusCode(200).extract().asByteArray();
        List<Row> rows;
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            rows = workbook.getFirstSheet().read();
        }
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).getCellText(7)).isEqualTo("可评先进党支部");
        assertThat(rows.get(1).getCellText(2)).isEqualTo("甲书记");
        assertThat(rows.get(2).getCellText(5)).isEqualTo("4");
        assertThat(rows.get(2).getCellText(6)).isEqualTo("不达标");
        assertThat(rows.get(2).getCellText(7)).isEqualTo("否");
        assertThat(rows.get(3).getCellText(7)).isEqualTo("待年终总评");
    }

    @Test
    void theSheetsAreUsedOnlyForTheirOwnKindOfEvaluationAndOrganization() {
        long fiveGood = Assessments.sheet(cityAdmin, city, "FIVE_GOOD");
        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", passing, "templateId", fiveGood, "kind", "YEAR_END_OVERALL", "evaluatedOn", "2016-12-20",
                        "scores", List.of()))
                .post("/api/v1/evaluations").then().statusCode(400).body("errors.field", contains("kind"));
        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", township, "templateId", sheet, "kind", "YEAR_END_OVERALL", "evaluatedOn", "2016-12-20",
                        "scores", List.of()))
                .post("/api/v1/evaluations").then().statusCode(400).body("errors.field", contains("organizationId"));
    }
}
