package cn.xinhuo.team;

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

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class TeamTest {

    private long township;
    private long village;
    private String admin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        long city = Fixtures.organization("团市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("团乡", "TOWNSHIP_COMMITTEE", city);
        village = Fixtures.organization("团村", "VILLAGE_GROUP", township);
        admin = Auth.newUser(township, "ORG_ADMIN");
    }

    private long volunteer(long organization) {
        return given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer(Fixtures.unique("团员"), organization)).post("/api/v1/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long team(String type, Long leader) {
        var body = new java.util.HashMap<String, Object>(Map.of("organizationId", township, "type", type,
                "name", Fixtures.unique("五老团")));
        body.put("leaderId", leader);
        return given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(body).post("/api/v1/teams")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private io.restassured.response.ValidatableResponse join(long team, long volunteer) {
        return given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer, "joinedOn", "2016-03-01"))
                .post("/api/v1/teams/" + team + "/members").then();
    }

    @Test
    void membersJoinAndLeaveAndTheCountsFollowByType() {
        long leader = volunteer(village);
        long care = team("CARE", leader);
        long lecture = team("LECTURE", null);
        long a = volunteer(village);
        long b = volunteer(township);
        join(care, a).statusCode(201);
        join(care, b).statusCode(201);
        long bMembership = join(lecture, b).statusCode(201).extract().jsonPath().getLong("id");

        given().spec(Auth.as(admin)).queryParam("within", township).get("/api/v1/teams/summary").then().statusCode(200)
                .body("teams", equalTo(2)).body("members", equalTo(3))
                .body("byType.find { it.type == 'CARE' }.members", equalTo(2));

        given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(Map.of("leftOn", LocalDate.now().toString()))
                .post("/api/v1/teams/" + lecture + "/members/" + bMembership + "/leave").then().statusCode(200);
        given().spec(Auth.as(admin)).get("/api/v1/teams/" + lecture).then().body("memberCount", equalTo(0));
        given().spec(Auth.as(admin)).get("/api/v1/teams/" + care).then().body("leaderId", equalTo((int) leader))
                .body("memberCount", equalTo(2));
        given().spec(Auth.as(admin)).queryParam("type", "CARE").queryParam("within", township).get("/api/v1/teams")
                .then().body("items.id", contains((int) care));
    }

    @Test
    void aPersonJoinsATeamOnceAndOnlyFromItsSubtree() {
        long care = team("CARE", null);
        long a = volunteer(village);
        join(care, a).statusCode(201);
        join(care, a).statusCode(409).body("errors.field", contains("volunteerId"));

        long otherTownship = Fixtures.organization("他团乡", "TOWNSHIP_COMMITTEE",
                given().spec(Auth.as(Auth.root())).get("/api/v1/organizations/" + township).then().extract().jsonPath()
                        .getLong("parentId"));
        long stranger = given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer(Fixtures.unique("外人"), otherTownship)).post("/api/v1/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        join(care, stranger).statusCode(404).body("errors.field", contains("volunteerId"));
        given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", township, "type", "ART", "name", "艺术团", "leaderId", 987654321))
                .post("/api/v1/teams").then().statusCode(404).body("errors.field", contains("leaderId"));
        given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(Map.of("organizationId", township, "type", "CHOIR", "name", "合唱团"))
                .post("/api/v1/teams").then().statusCode(400).body("errors.field", contains("type"));
    }

    @Test
    void theRegisterCanBeFilteredByTeamAndTeamTypeOfCurrentMembers() {
        long care = team("CARE", null);
        long art = team("ART", null);
        long inCare = volunteer(village);
        long inArt = volunteer(village);
        long inNone = volunteer(village);
        join(care, inCare).statusCode(201);
        long artMembership = join(art, inArt).statusCode(201).extract().jsonPath().getLong("id");

        given().spec(Auth.as(admin)).queryParam("teamId", care).get("/api/v1/volunteers").then().statusCode(200)
                .body("items.id", contains((int) inCare)).body("total", equalTo(1));
        given().spec(Auth.as(admin)).queryParam("teamType", "ART").queryParam("within", township)
                .get("/api/v1/volunteers").then().body("items.id", contains((int) inArt));
        given().spec(Auth.as(admin)).queryParam("teamType", "CHOIR").get("/api/v1/volunteers").then().statusCode(400)
                .body("errors.field", contains("teamType"));

        // who has left a team is no longer found by it
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(Map.of("leftOn", LocalDate.now().toString()))
                .post("/api/v1/teams/" + art + "/members/" + artMembership + "/leave").then().statusCode(200);
        given().spec(Auth.as(admin)).queryParam("teamType", "ART").queryParam("within", township)
                .get("/api/v1/volunteers").then().body("total", equalTo(0));
        org.assertj.core.api.Assertions.assertThat(inNone).isNotIn(inCare, inArt);
    }

    @Test
    void teamsAreFoundByPartOfTheirName() {
        long care = team("CARE", null);
        String name = given().spec(Auth.as(admin)).get("/api/v1/teams/" + care).then().extract().jsonPath().getString("name");
        team("ART", null);
        given().spec(Auth.as(admin)).queryParam("q", name.substring(2)).queryParam("within", township).get("/api/v1/teams")
                .then().statusCode(200).body("items.id", contains((int) care));
    }
}
