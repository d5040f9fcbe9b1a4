package cn.xinhuo.volunteer;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class VolunteerRegisterTest {

    private static final String BASE = "/api/v1/volunteers";
    private long township;
    private long village;
    private String admin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        long city = Fixtures.organization("五老市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("五老乡", "TOWNSHIP_COMMITTEE", city);
        village = Fixtures.organization("五老村", "VILLAGE_GROUP", township);
        admin = Auth.newUser(township, "ORG_ADMIN");
    }

    private ValidatableResponse post(String token, Map<String, Object> body) {
        return given().spec(Auth.as(token)).contentType(ContentType.JSON).body(body).post(BASE).then();
    }

    private long volunteers() {
        return Database.count("select count(*) from volunteer");
    }

    @Tag("Z3")
    @Tag("P1")
    @Test
    void aRegisteredVolunteerShowsMaskedNumbersAndKeepsThemOnlyEncrypted() {
        Map<String, Object> body = SyntheticPeople.volunteer("冯林", village);
        body.put("mobile", "13800000000");
        String idCard = (String) body.get("idCardNumber");
        long id = post(admin, body).statusCode(201)
                .body("idCardNumber", equalTo(idCard.substring(0, 6) + "********" + idCard.substring(14)))
                .body("mobile", equalTo("138****0000"))
                .body("age", equalTo(LocalDate.of(1952, 3, 1).until(LocalDate.now()).getYears()))
                .body("status", equalTo("ACTIVE"))
                .extract().jsonPath().getLong("id");

        assertThat(Database.count("select count(*) from volunteer where id_card_cipher like ? or mobile_cipher like ?",
                "%" + idCard.substring(6, 14) + "%", "%13800000000%")).isZero();
        assertThat(Database.count("select count(*) from audit_event where after_state::text like ?", "%" + idCard + "%"))
                .isZero();

        given().spec(Auth.as(admin)).get(BASE + "/" + id + "/personal-data").then().statusCode(200)
                .body("idCardNumber", equalTo(idCard)).body("mobile", equalTo("13800000000"));
        given().spec(Auth.as(Auth.root())).queryParam("event", "PERSONAL_DATA_VIEWED").queryParam("objectId", String.valueOf(id))
                .get("/api/v1/audit-events").then().body("total", equalTo(1));
        String viewer = Auth.newUser(township, "VIEWER");
        given().spec(Auth.as(viewer)).get(BASE + "/" + id + "/personal-data").then().statusCode(403);
        given().spec(Auth.as(viewer)).get(BASE + "/" + id).then().statusCode(200).body("mobile", equalTo("138****0000"));
    }

    @Tag("V1")
    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsWritten() {
        long before = volunteers();
        Map<String, Object> body = SyntheticPeople.volunteer("测试", village);
        String idCard = (String) body.get("idCardNumber");
        body.put("idCardNumber", idCard.substring(0, 17) + (idCard.charAt(17) == '0' ? '1' : '0'));
        body.put("mobile", "12345678901");
        body.put("residence", "MOUNTAIN");
        post(admin, body).statusCode(400).body("errors.field", hasItem("residence"));

        body.put("residence", "RURAL");
        body.put("formerOccupation", "农".repeat(101));
        post(admin, body).statusCode(400)
                .body("errors.field", containsInAnyOrder("formerOccupation", "idCardNumber", "mobile"));

        Map<String, Object> mismatch = SyntheticPeople.volunteer("测试", village);
        mismatch.put("birthDate", "1953-03-01");
        mismatch.put("gender", "FEMALE");
        post(admin, mismatch).statusCode(400).body("errors.field", containsInAnyOrder("birthDate", "gender"));

        Map<String, Object> future = SyntheticPeople.volunteer("测试", village);
        future.remove("idCardNumber");
        future.put("birthDate", LocalDate.now().plusDays(1).toString());
        post(admin, future).statusCode(400).body("errors.field", contains("birthDate"));

        assertThat(volunteers()).isEqualTo(before);
    }

    @Test
    void theSameIdCardTwiceIs409PointingAtTheExistingRecord() {
        Map<String, Object> body = SyntheticPeople.volunteer("王春志", village);
        long first = post(admin, body).statusCode(201).extract().jsonPath().getLong("id");
        body.put("name", "王春知");
        post(admin, body).statusCode(409).body("existing", equalTo(BASE + "/" + first))
                .body("errors.field", contains("idCardNumber"));
    }

    @Test
    void theSameNameAndBirthDateInTheTownshipIsAWarningTheUserConfirms() {
        Map<String, Object> body = SyntheticPeople.volunteer("马汉前", village);
        body.remove("idCardNumber");
        long first = post(admin, body).statusCode(201).extract().jsonPath().getLong("id");
        long other = Fixtures.organization("五老二村", "VILLAGE_GROUP", township);
        body.put("organizationId", other);
        post(admin, body).statusCode(409).body("type", equalTo("urn:xinhuo:problem:possible-duplicate"))
                .body("existing", endsWith("/" + first));
        body.put("confirmPossibleDuplicate", true);
        post(admin, body).statusCode(201);
    }

    @Test
    void someoneBelowTheAgeNeedsAnAdministratorsReason() {
        Map<String, Object> young = SyntheticPeople.volunteer("年轻人", village);
        young.remove("idCardNumber");
        young.put("gender", "FEMALE");
        young.put("birthDate", LocalDate.now().minusYears(40).toString());
        post(admin, young).statusCode(400).body("errors.field", contains("birthDate"));

        String leader = Auth.newUser(village, "GROUP_LEADER");
        young.put("eligibilityOverrideReason", "村里骨干，经乡关工委同意");
        post(leader, young).statusCode(400).body("errors.field", contains("eligibilityOverrideReason"));
        post(admin, young).statusCode(201).body("eligibilityOverrideReason", equalTo("村里骨干，经乡关工委同意"));

        Map<String, Object> ruralWoman = SyntheticPeople.volunteer("农村妇女", village);
        ruralWoman.remove("idCardNumber");
        ruralWoman.put("gender", "FEMALE");
        ruralWoman.put("birthDate", LocalDate.now().minusYears(46).toString());
        post(leader, ruralWoman).statusCode(201);
        given().spec(Auth.as(leader)).get(BASE + "/eligibility-rules").then().statusCode(200)
                .body("find { it.residence == 'RURAL' && it.gender == 'FEMALE' && it.effectiveFrom == '2015-01-01' }.minAge", equalTo(45));
    }

    @Test
    void beforeChangingARuleTheAdminSeesWhoWouldFallOutside() {
        Map<String, Object> woman = SyntheticPeople.volunteer("年轻女五老", village);
        woman.remove("idCardNumber");
        woman.put("gender", "FEMALE");
        woman.put("birthDate", LocalDate.now().minusYears(47).toString());
        long id = post(admin, woman).statusCode(201).extract().jsonPath().getLong("id");

        given().spec(Auth.as(admin)).queryParam("residence", "RURAL").queryParam("gender", "FEMALE").queryParam("minAge", 50)
                .queryParam("size", 200).get(BASE + "/eligibility-rules/outside").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        given().spec(Auth.as(admin)).queryParam("residence", "RURAL").queryParam("gender", "FEMALE").queryParam("minAge", 45)
                .queryParam("size", 200).get(BASE + "/eligibility-rules/outside").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        given().spec(Auth.as(admin)).queryParam("gender", "FEMALE").queryParam("minAge", 45)
                .get(BASE + "/eligibility-rules/outside").then().statusCode(400).body("errors.field", contains("residence"));

        Map<String, Object> rule = Map.of("residence", "RURAL", "gender", "FEMALE", "minAge", 50, "effectiveFrom", "2095-01-01");
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(rule).post(BASE + "/eligibility-rules")
                .then().statusCode(403);
        given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON).body(rule).post(BASE + "/eligibility-rules")
                .then().statusCode(201).body("minAge", equalTo(50));
        given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON).body(rule).post(BASE + "/eligibility-rules")
                .then().statusCode(400).body("errors.field", contains("effectiveFrom"));
    }

    @Test
    void searchFindsByPinyinInitialsCategoryAndAgeWithinTheCallersSubtree() {
        Map<String, Object> zhang = SyntheticPeople.volunteer("张永新", village);
        zhang.put("categories", List.of("VETERAN_TEACHER", "VETERAN_MODEL"));
        post(admin, zhang).statusCode(201);
        long otherTownship = Fixtures.organization("他乡", "TOWNSHIP_COMMITTEE",
                given().spec(Auth.as(Auth.root())).get("/api/v1/organizations/" + township).then().extract().jsonPath().getLong("parentId"));
        given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer("张永新", otherTownship)).post(BASE).then().statusCode(201);

        given().spec(Auth.as(admin)).queryParam("q", "zyx").get(BASE).then().statusCode(200)
                .body("items.name", contains("张永新")).body("total", equalTo(1));
        given().spec(Auth.as(admin)).queryParam("category", "VETERAN_MODEL").queryParam("minAge", 70).queryParam("maxAge", 80)
                .get(BASE).then().statusCode(200).body("items", hasSize(1));
        given().spec(Auth.as(admin)).queryParam("category", "VETERAN_MODEL").queryParam("maxAge", 50)
                .get(BASE).then().statusCode(200).body("total", equalTo(0));
        given().spec(Auth.as(admin)).queryParam("within", otherTownship).get(BASE).then().statusCode(404);
        given().spec(Auth.as(admin)).queryParam("category", "GRANDPARENT").get(BASE).then().statusCode(400)
                .body("errors.field", contains("category"));
    }

    @Test
    void anUpdateWithoutTheNumbersKeepsThemAndAnEmptyOneClearsIt() {
        Map<String, Object> body = SyntheticPeople.volunteer("留号人", village);
        body.put("mobile", "13900000000");
        var created = post(admin, body).statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        String leader = Auth.newUser(village, "GROUP_LEADER");
        body.remove("idCardNumber");
        body.remove("mobile");
        body.put("specialties", "春播指导");
        String etag = given().spec(Auth.as(leader)).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(body).put(BASE + "/" + id).then().statusCode(200)
                .body("mobile", equalTo("139****0000")).body("specialties", equalTo("春播指导"))
                .extract().header("ETag");
        body.put("mobile", "");
        given().spec(Auth.as(leader)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body).put(BASE + "/" + id).then().statusCode(200).body("mobile", equalTo(null))
                .body("idCardNumber", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aStatusChangeIsKeptInTheHistory() {
        var created = post(admin, SyntheticPeople.volunteer("进城者", village)).statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("status", "MOVED_TO_TOWN", "changedOn", LocalDate.now().toString(), "reason", "随子女进城养老"))
                .post(BASE + "/" + id + "/status-changes").then().statusCode(200).body("status", equalTo("MOVED_TO_TOWN"));
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("status", "ACTIVE", "changedOn", "2016-06-01"))
                .post(BASE + "/" + id + "/status-changes").then().statusCode(412);
        given().spec(Auth.as(admin)).get(BASE + "/" + id + "/status-changes").then().statusCode(200)
                .body("status", contains("MOVED_TO_TOWN", "ACTIVE"))
                .body("[0].reason", equalTo("随子女进城养老"));
        given().spec(Auth.as(Auth.root())).queryParam("objectType", "volunteer_status_change")
                .get("/api/v1/audit-events").then().body("items.actor", not(hasItem("someone")));
    }
}
