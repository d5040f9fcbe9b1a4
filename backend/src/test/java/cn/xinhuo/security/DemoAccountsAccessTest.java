package cn.xinhuo.security;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The demo accounts of 五大连池市 (the test profile loads the demo data set) used as people use them. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DemoAccountsAccessTest {

    private static final String ORGS = "/api/v1/organizations";
    private static final String DEMO_PASSWORD = "Xinhuo@2016";
    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void noDefaultLogin() {
        RestAssured.requestSpecification = null;
    }

    private static RequestSpecification as(String username) {
        return Auth.as(TOKENS.computeIfAbsent(username, u -> {
            String token = Auth.login(u, DEMO_PASSWORD);
            assertThat(token).as("demo account " + u + " logs in with the demo password").isNotNull();
            return token;
        }));
    }

    private static long orgId(String name) {
        return given().spec(as("city-admin")).queryParam("q", name).get(ORGS).then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.name == '" + name + "' }.id");
    }

    @Tag("Z1")
    @Test
    void xinganAdminCannotReadListCountSearchUpdateOrMoveAnythingOfTuanjie() {
        long tuanjie = orgId("团结镇关工委");
        long xingan = orgId("兴安乡关工委");
        long tuanjieVillage = given().spec(as("city-admin")).get(ORGS + "/" + tuanjie + "/children").then()
                .extract().jsonPath().getLong("[0].id");
        var xa = as("xingan-admin");
        String before = Database.fingerprint();

        given().spec(xa).get(ORGS + "/" + tuanjie).then().statusCode(404);
        given().spec(xa).get(ORGS + "/" + tuanjieVillage).then().statusCode(404);
        given().spec(xa).get(ORGS + "/" + tuanjie + "/children").then().statusCode(404);
        given().spec(xa).get(ORGS + "/" + tuanjie + "/subtree").then().statusCode(404);
        given().spec(xa).queryParam("within", tuanjie).get(ORGS).then().statusCode(404);
        given().spec(xa).queryParam("q", "团结").get(ORGS).then().statusCode(200).body("total", equalTo(0));
        given().spec(xa).queryParam("organizationId", tuanjie).get("/api/v1/users").then().statusCode(404);
        given().spec(xa).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "改名", "type", "TOWNSHIP_COMMITTEE")).put(ORGS + "/" + tuanjie).then().statusCode(404);
        given().spec(xa).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("parentId", xingan)).post(ORGS + "/" + tuanjieVillage + "/move").then().statusCode(404);
        given().spec(xa).contentType(ContentType.JSON)
                .body(Map.of("name", "越权村", "type", "VILLAGE_GROUP", "parentId", tuanjie)).post(ORGS).then().statusCode(404);

        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Tag("Z1")
    @Test
    void xinganAdminSeesOnlyItsOwnTownshipFromTheTop() {
        long xingan = orgId("兴安乡关工委");
        given().spec(as("xingan-admin")).get(ORGS + "/roots").then().statusCode(200)
                .body("id", contains((int) xingan));
        var page = given().spec(as("xingan-admin")).queryParam("size", 200).get(ORGS).then().statusCode(200)
                .extract().jsonPath();
        List<Integer> ids = page.getList("items.id");
        List<Integer> subtree = given().spec(as("city-admin")).queryParam("size", 200)
                .get(ORGS + "/" + xingan + "/subtree").then().extract().jsonPath().getList("items.id");
        assertThat(ids).isNotEmpty().allMatch(subtree::contains);
        assertThat(page.getLong("total")).isEqualTo(subtree.size());
    }

    @Tag("Z2")
    @Tag("Z5")
    @Test
    void zhongshanLeaderCannotCreateUsersOrChangeTheTree() {
        long zhongshan = orgId("钟山村关工小组");
        long xingan = orgId("兴安乡关工委");
        var leader = as("zhongshan-leader");
        String before = Database.fingerprint();

        given().spec(leader).get(ORGS + "/" + zhongshan).then().statusCode(200);
        given().spec(leader).contentType(ContentType.JSON)
                .body(Map.of("username", "leader-made", "displayName", "x", "organizationId", zhongshan,
                        "roles", List.of("VIEWER"), "initialPassword", "Some-Pass-2016!"))
                .post("/api/v1/users").then().statusCode(403);
        given().spec(leader).contentType(ContentType.JSON)
                .body(Map.of("name", "新小组", "type", "SCHOOL_GROUP", "parentId", xingan)).post(ORGS).then().statusCode(403);
        given().spec(leader).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "改名", "type", "VILLAGE_GROUP")).put(ORGS + "/" + zhongshan).then().statusCode(403);
        given().spec(leader).get("/api/v1/audit-events").then().statusCode(403);

        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Tag("Z2")
    @Tag("Z5")
    @Test
    void cityViewerReadsEverythingOfTheCityButCannotWrite() {
        long xingan = orgId("兴安乡关工委");
        var viewer = as("city-viewer");
        String before = Database.fingerprint();

        given().spec(viewer).get(ORGS + "/" + xingan + "/subtree").then().statusCode(200);
        given().spec(viewer).contentType(ContentType.JSON)
                .body(Map.of("name", "只读者建的村", "type", "VILLAGE_GROUP", "parentId", xingan)).post(ORGS).then().statusCode(403);
        given().spec(viewer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .post(ORGS + "/" + xingan + "/dissolve").then().statusCode(403);
        given().spec(viewer).get("/api/v1/users").then().statusCode(403);

        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Test
    void anAdminCannotMoveOrDissolveItsOwnOrganization() {
        long xingan = orgId("兴安乡关工委");
        String etag = given().spec(as("xingan-admin")).get(ORGS + "/" + xingan).then().extract().header("ETag");
        given().spec(as("xingan-admin")).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of())
                .post(ORGS + "/" + xingan + "/dissolve").then().statusCode(403);
        given().spec(as("xingan-admin")).contentType(ContentType.JSON)
                .body(Map.of("name", "新市", "type", "CITY_COMMITTEE")).post(ORGS).then().statusCode(400);
    }

    @Tag("Z1")
    @Tag("Z2")
    @Test
    void zhongshanLeaderRecordsActivitiesForThePairsOf钟山村AndNothingElse() {
        long zhongshan = orgId("钟山村关工小组");
        var township = as("xingan-admin");
        long mentor = given().spec(township).contentType(ContentType.JSON)
                .body(cn.xinhuo.support.SyntheticPeople.volunteer(cn.xinhuo.support.Fixtures.unique("钟山五老"), zhongshan))
                .post("/api/v1/volunteers").then().statusCode(201).extract().jsonPath().getLong("id");
        long farmer = given().spec(township).contentType(ContentType.JSON)
                .body(Map.of("organizationId", zhongshan, "name", cn.xinhuo.support.Fixtures.unique("钟山青年"), "gender", "MALE",
                        "birthDate", "1990-05-01", "category", "YOUNG_FARMER"))
                .post("/api/v1/beneficiaries").then().statusCode(201).extract().jsonPath().getLong("id");
        long pair = given().spec(township).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", mentor, "beneficiaryId", farmer, "type", "AGRICULTURAL_GUIDANCE",
                        "startedOn", "2016-03-01", "status", "ACTIVE"))
                .post("/api/v1/pairs").then().statusCode(201).extract().jsonPath().getLong("id");
        var sowing = Map.of("occurredOn", "2016-04-20", "kind", "SPRING_SOWING", "hours", 3);

        var leader = as("zhongshan-leader");
        given().spec(leader).contentType(ContentType.JSON).body(sowing).post("/api/v1/pairs/" + pair + "/activities")
                .then().statusCode(201).body("recordedBy", equalTo("zhongshan-leader"));
        // 王春志's pair is in 兴安村, not 钟山村: not there for the leader
        long wang = given().spec(township).queryParam("q", "王春志").get("/api/v1/volunteers").then()
                .extract().jsonPath().getLong("items[0].id");
        long wangsPair = given().spec(township).queryParam("volunteerId", wang).get("/api/v1/pairs").then()
                .extract().jsonPath().getLong("items[0].id");
        String before = Database.fingerprint();
        given().spec(leader).contentType(ContentType.JSON).body(sowing).post("/api/v1/pairs/" + wangsPair + "/activities")
                .then().statusCode(404);
        given().spec(leader).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", mentor, "beneficiaryId", farmer, "type", "STUDY_HELP", "startedOn", "2016-03-01"))
                .post("/api/v1/pairs").then().statusCode(403);
        assertThat(Database.fingerprint()).isEqualTo(before);
        given().spec(leader).get("/api/v1/pairs").then().statusCode(200)
                .body("items.organizationName", org.hamcrest.Matchers.everyItem(equalTo("钟山村关工小组")));
    }
}
