package cn.xinhuo.leadership;

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

/** Leadership teams, trainings and research visits: bad input refused, untrained leaders found. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class LeadershipTest {

    private long city;
    private long township;
    private long village;
    private RequestSpecification cityAdmin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        city = Fixtures.organization("班子市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("班子乡", "TOWNSHIP_COMMITTEE", city);
        village = Fixtures.organization("班子村", "VILLAGE_GROUP", township);
        cityAdmin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
    }

    private ValidatableResponse appoint(long organization, String role, String start, String end) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organization, "personName", Fixtures.unique("李"),
                "role", role, "startedOn", start));
        body.put("endedOn", end);
        return given().spec(cityAdmin).contentType(ContentType.JSON).body(body).post("/api/v1/appointments").then();
    }

    private long training(String day) {
        return given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", city, "heldOn", day, "title", "新任班子成员培训班", "format", "CLASS"))
                .post("/api/v1/trainings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void attend(long training, long appointment) {
        given().spec(cityAdmin).contentType(ContentType.JSON).body(Map.of("appointmentId", appointment))
                .post("/api/v1/trainings/" + training + "/attendees").then().statusCode(201);
    }

    @Test
    void anEndBeforeTheStartAnUnknownRoleOrAnOrganizationOutsideTheScopeIsRefusedAndNothingIsWritten() {
        long elsewhere = Fixtures.organization("别处市", "CITY_COMMITTEE", null);
        String before = Database.fingerprint();
        appoint(township, "EXECUTIVE_DEPUTY_DIRECTOR", "2016-03-01", "2016-02-01").statusCode(400)
                .body("errors.field", contains("endedOn"));
        appoint(township, "EMPEROR", "2016-03-01", null).statusCode(400).body("errors.field", contains("role"));
        appoint(village, "DIRECTOR", "2016-03-01", null).statusCode(400).body("errors.field", contains("role"));
        appoint(elsewhere, "DIRECTOR", "2016-03-01", null).statusCode(404).body("errors.field", contains("organizationId"));
        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", city, "visitedOn", "2016-04-06", "ledBy", "市关工委主任", "places", List.of(elsewhere)))
                .post("/api/v1/research-visits").then().statusCode(404).body("errors.field", contains("places"));
        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Test
    void aLeaderAppointedAfterATrainingIsUntrainedUntilAttendingALaterOne() {
        long earlier = training("2016-02-20");
        long veteran = appoint(village, "LEADER", "2015-01-01", null).statusCode(201).extract().jsonPath().getLong("id");
        attend(earlier, veteran);
        long newcomer = appoint(village, "EXECUTIVE_DEPUTY_LEADER", "2016-03-01", null).statusCode(201)
                .extract().jsonPath().getLong("id");
        attend(earlier, newcomer); // attended before being appointed: does not count
        given().spec(cityAdmin).get("/api/v1/appointments/" + newcomer).then().body("trained", equalTo(false));
        given().spec(cityAdmin).queryParam("within", township).queryParam("untrained", true).get("/api/v1/appointments")
                .then().body("items.id", hasItem((int) newcomer)).body("items.id", not(hasItem((int) veteran)));
        long later = training("2016-04-12");
        given().spec(cityAdmin).get("/api/v1/trainings/" + later + "/proposed-attendees").then()
                .body("items.id", hasItem((int) newcomer));

        attend(later, newcomer);
        given().spec(cityAdmin).get("/api/v1/appointments/" + newcomer).then().body("trained", equalTo(true))
                .body("lastTrainedOn", equalTo("2016-04-12"));
        given().spec(cityAdmin).queryParam("within", township).queryParam("from", "2016-01-01").queryParam("to", "2016-06-30")
                .get("/api/v1/appointments/summary").then().statusCode(200)
                .body("appointed", equalTo(1)).body("trained", equalTo(1)).body("trainedShare", equalTo(1.0f))
                .body("byRole.find { it.role == 'EXECUTIVE_DEPUTY_LEADER' }.appointed", equalTo(1));
        given().spec(cityAdmin).contentType(ContentType.JSON).body(Map.of("appointmentId", newcomer))
                .post("/api/v1/trainings/" + later + "/attendees").then().statusCode(409);
    }

    @Test
    void aChangeEndsTheSeatAndTheCurrentTeamShowsTheSuccessor() {
        long old = appoint(village, "LEADER", "2010-01-01", null).statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().spec(cityAdmin).get("/api/v1/appointments/" + old).then().extract().header("ETag");
        given().spec(cityAdmin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("organizationId", village, "personName", "老组长", "role", "LEADER", "startedOn", "2010-01-01",
                        "endedOn", "2016-02-29", "changeReason", "年龄原因调整"))
                .put("/api/v1/appointments/" + old).then().statusCode(200).body("current", equalTo(false));
        long successor = appoint(village, "LEADER", "2016-03-01", null).statusCode(201).extract().jsonPath().getLong("id");
        given().spec(cityAdmin).queryParam("organizationId", village).queryParam("current", true).get("/api/v1/appointments")
                .then().body("items.id", contains((int) successor));
    }

    @Test
    void researchVisitsCountTheirPlacesByType() {
        long community = Fixtures.organization("班子社区", "COMMUNITY_GROUP", township);
        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", city, "visitedOn", "2016-04-06", "ledBy", "市关工委主任",
                        "places", List.of(township, village, community), "topics", "五好创建"))
                .post("/api/v1/research-visits").then().statusCode(201).body("places.size()", equalTo(3));
        given().spec(cityAdmin).queryParam("within", city).queryParam("from", "2016-01-01").queryParam("to", "2016-06-30")
                .get("/api/v1/research-visits/summary").then().statusCode(200).body("trips", equalTo(1))
                .body("placesByType.find { it.type == 'VILLAGE_GROUP' }.places", equalTo(1))
                .body("placesByType.find { it.type == 'TOWNSHIP_COMMITTEE' }.places", equalTo(1));
    }
}
