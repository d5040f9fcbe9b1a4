package cn.xinhuo.honor;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.SyntheticPeople;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HonorTest {

    private long township;
    private String admin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        long city = Fixtures.organization("典型市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("典型乡", "TOWNSHIP_COMMITTEE", city);
        admin = Auth.newUser(township, "ORG_ADMIN");
    }

    private long person() {
        return given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer(Fixtures.unique("典型"), township)).post("/api/v1/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void honor(long person, String level) {
        given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", person, "level", level, "title", "优秀五老", "awardedOn", "2016-06-01",
                        "story", "四年如一日接送留守儿童上学"))
                .post("/api/v1/honors").then().statusCode(201).body("story", equalTo("四年如一日接送留守儿童上学"));
    }

    @Test
    void eachPersonCountsOnceAtTheHighestLevelAndMediaCoverageIsCounted() {
        long a = person();
        long b = person();
        honor(a, "TOWNSHIP");
        honor(a, "PROVINCIAL");
        honor(b, "CITY_PARTY_GOVERNMENT");
        given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", b, "outlet", "五大连池市电视台", "coveredOn", "2016-05-01", "title", "五老风采"))
                .post("/api/v1/honors/media-coverage").then().statusCode(201);

        given().spec(Auth.as(admin)).queryParam("within", township).get("/api/v1/honors/summary").then().statusCode(200)
                .body("models", equalTo(2))
                .body("byLevel.level", contains("PROVINCIAL", "CITY_PARTY_GOVERNMENT"))
                .body("featuredInMedia", equalTo(1));
        given().spec(Auth.as(admin)).queryParam("level", "TOWNSHIP").queryParam("within", township).get("/api/v1/honors")
                .then().body("total", equalTo(1));
    }

    @Test
    void badInputNamesTheField() {
        given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", person(), "level", "GALACTIC", "title", "x", "awardedOn", "2016-06-01"))
                .post("/api/v1/honors").then().statusCode(400).body("errors.field", contains("level"));
        given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", 987654321, "level", "TOWNSHIP", "title", "x", "awardedOn", "2016-06-01"))
                .post("/api/v1/honors").then().statusCode(404).body("errors.field", contains("volunteerId"));
    }

    @Test
    void theRegisterCanBeFilteredByHonourLevelAndByHavingOne() {
        long provincial = person();
        long plain = person();
        honor(provincial, "PROVINCIAL");

        given().spec(Auth.as(admin)).queryParam("honorLevel", "PROVINCIAL").get("/api/v1/volunteers").then()
                .statusCode(200).body("items.id", contains((int) provincial));
        given().spec(Auth.as(admin)).queryParam("honored", true).queryParam("within", township)
                .get("/api/v1/volunteers").then().body("items.id", contains((int) provincial));
        given().spec(Auth.as(admin)).queryParam("honored", false).queryParam("within", township)
                .get("/api/v1/volunteers").then().body("items.id", contains((int) plain));
        given().spec(Auth.as(admin)).queryParam("honorLevel", "GALACTIC").get("/api/v1/volunteers").then()
                .statusCode(400).body("errors.field", contains("honorLevel"));
    }

    @Test
    void honoursAreFoundByThePersonsName() {
        long a = person();
        honor(a, "TOWNSHIP");
        honor(person(), "TOWNSHIP");
        String name = given().spec(Auth.as(admin)).get("/api/v1/volunteers/" + a).then().extract().jsonPath().getString("name");
        given().spec(Auth.as(admin)).queryParam("q", name).queryParam("within", township).get("/api/v1/honors").then()
                .statusCode(200).body("items.volunteerId", contains((int) a));
    }
}
