package cn.xinhuo.pairing;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.SyntheticPeople;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Pairs of a 五老 and a beneficiary: children protected, one active pair, the lifecycle, retry-safe activities. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PairTest {

    private static final String PAIRS = "/api/v1/pairs";
    private long village;
    private RequestSpecification admin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        long city = Fixtures.organization("对子市", "CITY_COMMITTEE", null);
        long township = Fixtures.organization("对子乡", "TOWNSHIP_COMMITTEE", city);
        village = Fixtures.organization("对子村", "VILLAGE_GROUP", township);
        admin = Auth.as(Auth.newUser(township, "ORG_ADMIN"));
    }

    private long volunteer() {
        return given().spec(admin).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer(Fixtures.unique("五老"), village)).post("/api/v1/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Map<String, Object> youngFarmer() {
        Map<String, Object> b = new HashMap<>(Map.of("organizationId", village, "name", Fixtures.unique("青年"),
                "gender", "MALE", "birthDate", "1990-05-01", "category", "YOUNG_FARMER"));
        b.put("situation", "缺少种植技术");
        return b;
    }

    private Map<String, Object> child(boolean withConsent) {
        Map<String, Object> b = new HashMap<>(Map.of("organizationId", village, "name", "夏" + Fixtures.unique("童"),
                "gender", "FEMALE", "birthDate", LocalDate.now().minusYears(9).toString(), "category", "LEFT_BEHIND_CHILD",
                "guardianName", "夏某某", "guardianRelation", "祖父", "parentsWhereabouts", "父母在外务工"));
        if (withConsent) {
            b.put("consent", Map.of("givenBy", "夏某某", "givenOn", "2016-03-01", "method", "WRITTEN", "noticeVersion", "2016-1"));
        }
        return b;
    }

    private long beneficiary(Map<String, Object> body) {
        return given().spec(admin).contentType(ContentType.JSON).body(body).post("/api/v1/beneficiaries")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private ValidatableResponse pair(long volunteer, long beneficiary, String status) {
        return given().spec(admin).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer, "beneficiaryId", beneficiary, "type", "AGRICULTURAL_GUIDANCE",
                        "startedOn", "2016-03-01", "status", status))
                .post(PAIRS).then();
    }

    private String etag(String path) {
        return given().spec(admin).get(path).then().statusCode(200).extract().header("ETag");
    }

    private ValidatableResponse step(long pair, Map<String, Object> body) {
        return given().spec(admin).contentType(ContentType.JSON).header("If-Match", etag(PAIRS + "/" + pair)).body(body)
                .post(PAIRS + "/" + pair + "/transitions").then();
    }

    @Test
    void aPairWithoutItsFiveElderIsRefusedNamingTheFieldInTheCallersWordsAndNothingIsWritten() {
        long young = beneficiary(youngFarmer());
        Map<String, Object> body = Map.of("beneficiaryId", young, "type", "AGRICULTURAL_GUIDANCE", "startedOn", "2016-03-01");
        String before = Database.fingerprint();
        given().spec(admin).header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(body).post(PAIRS).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'volunteerId' }.message", equalTo("必填"));
        given().spec(admin).header("Accept-Language", "en").contentType(ContentType.JSON).body(body).post(PAIRS).then()
                .statusCode(400).body("errors.find { it.field == 'volunteerId' }.message", equalTo("Required"));
        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Tag("P2")
    @Tag("R3")
    @Test
    void aChildUnder14WithoutConsentIsRefusedNamingTheConsentAndNothingIsWritten() {
        String before = Database.fingerprint();
        given().spec(admin).contentType(ContentType.JSON).body(child(false)).post("/api/v1/beneficiaries").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", contains("consent"));
        // a new child recorded with a pair: the pair fails on its volunteer, so the child is not kept either (R3)
        long withdrawn = volunteer();
        given().spec(admin).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/volunteers/" + withdrawn))
                .body(Map.of("status", "WITHDRAWN", "changedOn", LocalDate.now().toString()))
                .post("/api/v1/volunteers/" + withdrawn + "/status-changes").then().statusCode(200);
        String afterWithdrawal = Database.fingerprint();
        given().spec(admin).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", withdrawn, "beneficiary", child(true), "type", "LEFT_BEHIND_CARE",
                        "startedOn", "2016-03-01", "status", "ACTIVE"))
                .post(PAIRS).then().statusCode(409).body("errors.field", contains("volunteerId"));
        assertThat(Database.fingerprint()).isEqualTo(afterWithdrawal);
        assertThat(before).isNotEqualTo(afterWithdrawal);
    }

    @Tag("P1")
    @Tag("Z3")
    @Tag("Z1")
    @Test
    void aChildIsShownMaskedAndItsFullRecordIsAuditedWhenViewed() {
        long id = beneficiary(child(true));
        given().spec(admin).get("/api/v1/beneficiaries/" + id).then().statusCode(200)
                .body("protectedChild", equalTo(true)).body("name", startsWith("夏*")).body("birthDate", nullValue())
                .body("parentsWhereabouts", nullValue()).body("consentNoticeVersion", equalTo("2016-1"));
        given().spec(admin).get("/api/v1/beneficiaries/" + id + "/personal-data").then().statusCode(200)
                .body("name", startsWith("夏童")).body("parentsWhereabouts", equalTo("父母在外务工"))
                .body("consent.givenBy", equalTo("夏某某"));
        assertThat(Database.count("select count(*) from audit_event where event = 'PERSONAL_DATA_VIEWED'"
                + " and object_type = 'beneficiary' and object_id = ?", String.valueOf(id))).isEqualTo(1);
        long viewer = Fixtures.organization("对子看乡", "TOWNSHIP_COMMITTEE", Fixtures.organization("对子看市", "CITY_COMMITTEE", null));
        given().spec(Auth.as(Auth.newUser(viewer, "ORG_ADMIN"))).get("/api/v1/beneficiaries/" + id).then().statusCode(404);
    }

    @Test
    void aWithdrawnVolunteerCannotBePairedAndTwoActivePairsOfTheSamePeopleAreRefused() {
        long person = volunteer();
        long farmer = beneficiary(youngFarmer());
        long first = pair(person, farmer, "ACTIVE").statusCode(201).body("status", equalTo("ACTIVE")).extract().jsonPath().getLong("id");
        String before = Database.fingerprint();
        pair(person, farmer, "ACTIVE").statusCode(409).body("existing", equalTo(PAIRS + "/" + first));
        assertThat(Database.fingerprint()).isEqualTo(before);
        // a proposal may wait, but it cannot become active beside the first
        long proposal = pair(person, farmer, "PROPOSED").statusCode(201).extract().jsonPath().getLong("id");
        step(proposal, Map.of("status", "ACTIVE", "on", LocalDate.now().toString())).statusCode(409);
        given().spec(admin).contentType(ContentType.JSON).header("If-Match", etag("/api/v1/volunteers/" + person))
                .body(Map.of("status", "WITHDRAWN", "changedOn", LocalDate.now().toString()))
                .post("/api/v1/volunteers/" + person + "/status-changes").then().statusCode(200);
        String withdrawn = Database.fingerprint();
        pair(person, beneficiary(youngFarmer()), "ACTIVE").statusCode(409).body("errors.field", contains("volunteerId"));
        assertThat(before).isNotEqualTo(withdrawn);
    }

    @Test
    void aPairGoesThroughItsLifecycleAndKeepsItsHistory() {
        long pair = pair(volunteer(), beneficiary(youngFarmer()), "PROPOSED").statusCode(201).extract().jsonPath().getLong("id");
        step(pair, Map.of("status", "ACTIVE", "on", "2016-03-05")).statusCode(200).body("status", equalTo("ACTIVE"));
        step(pair, Map.of("status", "PAUSED", "on", "2016-04-01", "reason", "外出务工")).statusCode(200);
        step(pair, Map.of("status", "ACTIVE", "on", "2016-05-01")).statusCode(200);
        step(pair, Map.of("status", "COMPLETED", "on", "2016-06-30")).statusCode(400).body("errors.field", contains("outcomes"));
        step(pair, Map.of("status", "COMPLETED", "on", "2016-06-30", "outcomes", List.of("LIFTED_OUT_OF_POVERTY", "SKILLED_FARMER")))
                .statusCode(200).body("outcomes", contains("LIFTED_OUT_OF_POVERTY", "SKILLED_FARMER"))
                .body("closedOn", equalTo("2016-06-30"));
        step(pair, Map.of("status", "ACTIVE", "on", "2016-07-01")).statusCode(409).body("errors.field", contains("status"));
        given().spec(admin).get(PAIRS + "/" + pair + "/status-changes").then().statusCode(200)
                .body("status", contains("COMPLETED", "ACTIVE", "PAUSED", "ACTIVE", "PROPOSED"));
        long other = pair(volunteer(), beneficiary(youngFarmer()), "ACTIVE").statusCode(201).extract().jsonPath().getLong("id");
        step(other, Map.of("status", "ENDED", "on", "2016-06-01")).statusCode(400).body("errors.field", contains("reason"));
    }

    /** Found by ContractFuzzTest: the 400 named the Java parameter (idempotencyKey), not the header the client sent. */
    @Test
    void anIdempotencyKeyOfTheWrongLengthIsA400NamingTheHeader() {
        long pair = pair(volunteer(), beneficiary(youngFarmer()), "ACTIVE").statusCode(201).extract().jsonPath().getLong("id");
        for (String key : List.of("short", "k".repeat(101))) {
            given().spec(admin).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("occurredOn", "2016-04-20", "kind", "SPRING_SOWING", "hours", 2.5))
                    .post(PAIRS + "/" + pair + "/activities").then().statusCode(400)
                    .body("errors.field", contains("Idempotency-Key"));
        }
        assertThat(Database.count("select count(*) from activity where pair_id = ?", pair)).isZero();
    }

    @Tag("R2")
    @Test
    void theSameActivityPostedTwiceWithOneKeyIsRecordedOnceAndAnotherBodyWithTheKeyIs422() {
        long pair = pair(volunteer(), beneficiary(youngFarmer()), "ACTIVE").statusCode(201).extract().jsonPath().getLong("id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> sowing = Map.of("occurredOn", "2016-04-20", "kind", "SPRING_SOWING", "hours", 2.5, "notes", "指导春播");
        var first = given().spec(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(sowing)
                .post(PAIRS + "/" + pair + "/activities").then().statusCode(201).extract();
        var again = given().spec(admin).contentType(ContentType.JSON).header("Idempotency-Key", key).body(sowing)
                .post(PAIRS + "/" + pair + "/activities").then().statusCode(201).extract();
        assertThat(again.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(Database.count("select count(*) from activity where pair_id = ?", pair)).isEqualTo(1);

        given().spec(admin).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("occurredOn", "2016-04-21", "kind", "CULTIVATION", "hours", 3))
                .post(PAIRS + "/" + pair + "/activities").then().statusCode(422)
                .contentType(startsWith("application/problem+json"));
        assertThat(Database.count("select count(*) from activity where pair_id = ?", pair)).isEqualTo(1);

        given().spec(admin).get(PAIRS + "/" + pair).then().body("activityCount", equalTo(1)).body("totalHours", equalTo(2.5f))
                .body("lastActivityOn", equalTo("2016-04-20"));
        given().spec(admin).contentType(ContentType.JSON).body(Map.of("occurredOn", LocalDate.now().plusDays(1).toString(),
                "kind", "HOME_VISIT", "hours", 1)).post(PAIRS + "/" + pair + "/activities").then().statusCode(400)
                .body("errors.field", contains("occurredOn"));
    }

    @Test
    void silentActivePairsNeedAttentionAndHoursAddUpToTiers() {
        long person = volunteer();
        long silent = pair(person, beneficiary(youngFarmer()), "ACTIVE").statusCode(201).extract().jsonPath().getLong("id");
        long busy = pair(person, beneficiary(youngFarmer()), "ACTIVE").statusCode(201).extract().jsonPath().getLong("id");
        for (int day = 0; day < 13; day++) {
            given().spec(admin).contentType(ContentType.JSON)
                    .body(Map.of("occurredOn", LocalDate.now().minusDays(day).toString(), "kind", "SCHOOL_TRANSPORT",
                            "hours", 8, "distanceKm", 36))
                    .post(PAIRS + "/" + busy + "/activities").then().statusCode(201);
        }
        given().spec(admin).queryParam("within", village).get(PAIRS + "/attention").then().statusCode(200)
                .body("items.id", hasItem((int) silent)).body("items.id", not(hasItem((int) busy)));
        given().spec(admin).queryParam("within", village).queryParam("by", "VOLUNTEER").get(PAIRS + "/service-hours")
                .then().statusCode(200).body("items[0].id", equalTo((int) person)).body("items[0].hours", equalTo(104.0f))
                .body("items[0].tier", equalTo(1));
        given().spec(admin).queryParam("by", "GALAXY").get(PAIRS + "/service-hours").then().statusCode(400)
                .body("errors.field", contains("by"));
    }
}
