package cn.xinhuo.assessment;

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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

/** Score sheets and evaluations: scores within the sheet, confirmed is final, a used sheet changes by a new version. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class EvaluationTest {

    private long city;
    private long township;
    private RequestSpecification cityAdmin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        city = Fixtures.organization("考核市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("考核乡", "TOWNSHIP_COMMITTEE", city);
        cityAdmin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
    }

    /** A JSON number, whether written as 90 or 90.00. */
    private static org.hamcrest.Matcher<Object> number(double value) {
        return org.hamcrest.Matchers.<Object>anyOf(org.hamcrest.Matchers.<Object>equalTo((int) value),
                org.hamcrest.Matchers.<Object>equalTo((float) value));
    }

    /** The 五好 sheet: five criteria of 20 points, four items of 5 each. */
    private static List<Map<String, Object>> fiveGood() {
        List<Map<String, Object>> criteria = new ArrayList<>();
        String[] titles = {"领导班子建设好", "“五老”作用发挥好", "制度健全执行好", "积极探索创新好", "活动经常效果好"};
        for (int c = 0; c < titles.length; c++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                items.add(Map.of("code", (c + 1) + "." + i, "title", titles[c] + "第" + i + "项", "maxPoints", 5));
            }
            criteria.add(Map.of("title", titles[c], "maxPoints", 20, "items", items));
        }
        return criteria;
    }

    private long template() {
        return given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", city, "kind", "FIVE_GOOD", "name", Fixtures.unique("五好评分表"), "criteria", fiveGood(),
                        "passTotal", 80, "passPerCriterion", 12))
                .post("/api/v1/assessment-templates").then().statusCode(201).body("maxTotal", number(100))
                .extract().jsonPath().getLong("id");
    }

    /** Every item scored {@code each}. */
    private static List<Map<String, Object>> scores(double each) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            for (int i = 1; i <= 4; i++) {
                scores.add(Map.of("code", c + "." + i, "score", each));
            }
        }
        return scores;
    }

    private ValidatableResponse evaluate(long organization, long template, List<Map<String, Object>> scores) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organization, "templateId", template,
                "kind", "SPOT_CHECK", "evaluatedOn", "2016-05-18", "evaluators", "市关工委检查组", "scores", scores));
        return given().spec(cityAdmin).contentType(ContentType.JSON).body(body).post("/api/v1/evaluations").then();
    }

    private ValidatableResponse step(long evaluation, String status) {
        String etag = given().spec(cityAdmin).get("/api/v1/evaluations/" + evaluation).then().extract().header("ETag");
        return given().spec(cityAdmin).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", status))
                .post("/api/v1/evaluations/" + evaluation + "/steps").then();
    }

    @Test
    void aScoreAboveTheItemsMaximumOrAnOrganizationOutsideTheScopeIsRefusedAndNothingIsWritten() {
        long sheet = template();
        long elsewhere = Fixtures.organization("考核外市", "CITY_COMMITTEE", null);
        String before = Database.fingerprint();
        List<Map<String, Object>> tooMuch = scores(4);
        tooMuch.set(0, Map.of("code", "1.1", "score", 6));
        evaluate(township, sheet, tooMuch).statusCode(400).body("errors.field", contains("scores[0].score"));
        evaluate(elsewhere, sheet, scores(4)).statusCode(404).body("errors.field", contains("organizationId"));
        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Test
    void totalsAndPassOrFailFollowThePassRulesAndAConfirmedEvaluationNeverChanges() {
        long sheet = template();
        long passing = evaluate(township, sheet, scores(4.5)).statusCode(201).body("total", number(90))
                .body("passed", equalTo(true)).body("status", equalTo("DRAFT")).extract().jsonPath().getLong("id");
        // 85 in total, but one criterion below its minimum of 12
        List<Map<String, Object>> uneven = scores(4.75);
        for (int i = 0; i < 4; i++) {
            uneven.set(i, Map.of("code", "1." + (i + 1), "score", 2.5));
        }
        evaluate(township, sheet, uneven).statusCode(201).body("total", number(86)).body("passed", equalTo(false))
                .body("criterionTotals[0].passed", equalTo(false));

        step(passing, "CONFIRMED").statusCode(409);
        step(passing, "SUBMITTED").statusCode(200).body("status", equalTo("SUBMITTED"));
        step(passing, "CONFIRMED").statusCode(200).body("status", equalTo("CONFIRMED"));
        String etag = given().spec(cityAdmin).get("/api/v1/evaluations/" + passing).then().extract().header("ETag");
        String before = Database.fingerprint();
        given().spec(cityAdmin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("organizationId", township, "templateId", sheet, "kind", "SPOT_CHECK", "evaluatedOn", "2016-05-18",
                        "scores", scores(5)))
                .put("/api/v1/evaluations/" + passing).then().statusCode(409);
        step(passing, "SUBMITTED").statusCode(409);
        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    @Test
    void editingASheetInUseMakesANewVersionAndOldEvaluationsKeepTheirScores() {
        long sheet = template();
        long scored = evaluate(township, sheet, scores(4)).statusCode(201).extract().jsonPath().getLong("id");
        String etag = given().spec(cityAdmin).get("/api/v1/assessment-templates/" + sheet).then().body("inUse", equalTo(true))
                .extract().header("ETag");
        List<Map<String, Object>> reworded = fiveGood();
        reworded.set(0, Map.of("title", "班子建设好", "maxPoints", 20, "items", List.of(
                Map.of("code", "1.1", "title", "班子健全", "maxPoints", 10), Map.of("code", "1.2", "title", "分工明确", "maxPoints", 10))));
        long next = given().spec(cityAdmin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("organizationId", city, "kind", "FIVE_GOOD", "name", "五好评分表（修订）", "criteria", reworded,
                        "passTotal", 85))
                .put("/api/v1/assessment-templates/" + sheet).then().statusCode(200).body("versionNo", equalTo(2))
                .body("current", equalTo(true)).extract().jsonPath().getLong("id");
        assertThat(next).isNotEqualTo(sheet);
        given().spec(cityAdmin).get("/api/v1/assessment-templates/" + sheet).then().body("current", equalTo(false))
                .body("criteria[0].title", equalTo("领导班子建设好")).body("passTotal", number(80));
        given().spec(cityAdmin).get("/api/v1/evaluations/" + scored).then().body("templateId", equalTo((int) sheet))
                .body("templateVersionNo", equalTo(1)).body("total", number(80)).body("passed", equalTo(true));
        // the old version takes no new evaluations; the township may use the city's current one
        evaluate(township, sheet, scores(4)).statusCode(404).body("errors.field", contains("templateId"));
        // …but a draft begun on it goes on being scored on it
        String draft = given().spec(cityAdmin).get("/api/v1/evaluations/" + scored).then().extract().header("ETag");
        given().spec(cityAdmin).contentType(ContentType.JSON).header("If-Match", draft)
                .body(Map.of("organizationId", township, "templateId", sheet, "kind", "SPOT_CHECK", "evaluatedOn", "2016-05-18",
                        "scores", scores(5)))
                .put("/api/v1/evaluations/" + scored).then().statusCode(200).body("total", number(100));
        given().spec(cityAdmin).queryParam("usableFor", township).get("/api/v1/assessment-templates").then()
                .body("items.id", contains((int) next));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadItemDeepInASheetIsNamedByItsPlaceInTheLists() {
        List<Map<String, Object>> criteria = fiveGood();
        List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) criteria.get(0).get("items"));
        items.set(1, Map.of("code", " ", "title", "班子健全", "maxPoints", 5));
        criteria.set(0, Map.of("title", "领导班子建设好", "maxPoints", 20, "items", items));
        given().spec(cityAdmin).contentType(ContentType.JSON)
                .body(Map.of("organizationId", city, "kind", "FIVE_GOOD", "name", Fixtures.unique("五好评分表"), "criteria", criteria,
                        "passTotal", 80))
                .post("/api/v1/assessment-templates").then().statusCode(400)
                .body("errors.field", contains("criteria[0].items[1].code"));
    }

    /** Found by ContractFuzzTest: a pass mark beyond what the sheet's column holds was a 500. */
    @Test
    void aPassMarkBeyond9999Point99OrWithThreeDecimalsIsRefusedNamingIt() {
        for (Map.Entry<String, Object> mark : List.of(Map.entry("passTotal", (Object) 9223372036854775807L),
                Map.entry("passPerCriterion", (Object) 10000), Map.entry("passTotal", (Object) 80.005))) {
            Map<String, Object> sheet = new HashMap<>(Map.of("organizationId", city, "kind", "FIVE_GOOD",
                    "name", Fixtures.unique("五好评分表"), "criteria", fiveGood(), "passTotal", 80));
            sheet.put(mark.getKey(), mark.getValue());
            given().spec(cityAdmin).contentType(ContentType.JSON).body(sheet)
                    .post("/api/v1/assessment-templates").then().statusCode(400)
                    .body("errors.field", everyItem(equalTo(mark.getKey())))
                    .body("errors", not(empty()));
        }
    }

    @Test
    void aTownshipScoredOnTheCitysSheetReadsTheSheetWithItsEvaluation() {
        long scored = evaluate(township, template(), scores(4)).statusCode(201).extract().jsonPath().getLong("id");
        RequestSpecification townshipAdmin = Auth.as(Auth.newUser(township, "ORG_ADMIN"));
        given().spec(townshipAdmin).get("/api/v1/evaluations/" + scored).then().statusCode(200)
                .body("sheet.criteria.size()", equalTo(5)).body("sheet.passTotal", number(80))
                .body("sheet.current", equalTo(true)).body("sheet.inScope", equalTo(false));
    }
}
