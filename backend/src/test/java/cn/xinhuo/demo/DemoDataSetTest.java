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
}
