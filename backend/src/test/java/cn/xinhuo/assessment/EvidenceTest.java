package cn.xinhuo.assessment;

import cn.xinhuo.support.Assessments;
import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Evidence;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Photos and scans kept with an on-site check: type-checked, size-limited, frozen with the evaluation. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class EvidenceTest {

    private long evaluation;
    private RequestSpecification cityAdmin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        long city = Fixtures.organization("佐证市", "CITY_COMMITTEE", null);
        long village = Fixtures.organization("佐证村", "VILLAGE_GROUP", Fixtures.organization("佐证乡", "TOWNSHIP_COMMITTEE", city));
        cityAdmin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
        evaluation = Assessments.draft(cityAdmin, village, Assessments.sheet(cityAdmin, city, "FIVE_GOOD"), "SPOT_CHECK",
                "2016-05-18", 9);
    }

    private io.restassured.response.ValidatableResponse upload(String type, byte[] content) {
        return given().spec(cityAdmin).contentType(type).queryParam("fileName", "村部活动室.png").body(content)
                .post("/api/v1/evaluations/" + evaluation + "/evidence").then();
    }

    @Test
    void aPhotoIsKeptWithTheDraftListedOnTheEvaluationAndReadBackUnchanged() {
        long id = upload("image/png", Evidence.PNG).statusCode(201).body("fileName", equalTo("村部活动室.png"))
                .body("sizeBytes", equalTo(Evidence.PNG.length)).extract().jsonPath().getLong("id");
        given().spec(cityAdmin).get("/api/v1/evaluations/" + evaluation).then()
                .body("evidence.id", contains((int) id)).body("evidence[0].mediaType", equalTo("image/png"));
        byte[] back = given().spec(cityAdmin).get("/api/v1/evaluations/" + evaluation + "/evidence/" + id).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(back).isEqualTo(Evidence.PNG);

        given().spec(cityAdmin).delete("/api/v1/evaluations/" + evaluation + "/evidence/" + id).then().statusCode(204);
        given().spec(cityAdmin).get("/api/v1/evaluations/" + evaluation).then().body("evidence", hasSize(0));
    }

    @Test
    void aFileOfAnotherTypeOrTooLargeOrDisguisedIsRefusedNamingTheFileAndNothingIsWritten() {
        String before = Database.fingerprint();
        upload("image/jpeg", Evidence.EXECUTABLE).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("file"));
        upload("text/html", "<script>alert(1)</script>".getBytes()).statusCode(415).contentType("application/problem+json");
        byte[] huge = Arrays.copyOf(Evidence.JPEG, (int) EvidencePolicy.MAX_BYTES + 1);
        upload("image/jpeg", huge).statusCode(413).contentType("application/problem+json").body("errors.field", contains("file"));
        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Test
    void onceSubmittedTheEvidenceIsFrozen() {
        long id = upload("application/pdf", Evidence.PDF).statusCode(201).extract().jsonPath().getLong("id");
        Assessments.step(cityAdmin, evaluation, "SUBMITTED");
        String before = Database.fingerprint();
        upload("image/jpeg", Evidence.JPEG).statusCode(409);
        given().spec(cityAdmin).delete("/api/v1/evaluations/" + evaluation + "/evidence/" + id).then().statusCode(409);
        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Test
    void anotherCitysAdministratorCannotReadTheEvidence() {
        long id = upload("image/png", Evidence.PNG).statusCode(201).extract().jsonPath().getLong("id");
        RequestSpecification stranger = Auth.as(Auth.newUser(Fixtures.organization("别市", "CITY_COMMITTEE", null), "ORG_ADMIN"));
        given().spec(stranger).get("/api/v1/evaluations/" + evaluation + "/evidence/" + id).then().statusCode(404);
    }
}
