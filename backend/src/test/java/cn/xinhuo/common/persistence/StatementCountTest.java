package cn.xinhuo.common.persistence;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.Statements;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** No N+1: a page of twenty records costs the same handful of statements as a page of one. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class StatementCountTest {

    @Inject
    SessionFactory sessions;

    /** One session for the class: every login of an account counts against its rate limit. */
    private static String token;
    private RequestSpecification cityAdmin;

    @BeforeEach
    void logIn() {
        RestAssured.requestSpecification = null;
        if (token == null) {
            token = Auth.login("city-admin", "Xinhuo@2016");
        }
        cityAdmin = Auth.as(token);
    }

    private long page(String path, int size) {
        return Statements.count(sessions, () -> given().spec(cityAdmin).queryParam("size", size).get(path).then().statusCode(200)
                .extract().jsonPath().getList("items").size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/volunteers", "/api/v1/teams", "/api/v1/honors", "/api/v1/pairs", "/api/v1/beneficiaries",
            "/api/v1/evaluations", "/api/v1/awards", "/api/v1/appointments", "/api/v1/trainings", "/api/v1/research-visits",
            "/api/v1/organizations", "/api/v1/users", "/api/v1/audit-events", "/api/v1/assessment-templates",
            "/api/v1/party-building/results?year=2016", "/api/v1/campaigns"})
    void aPageOfTwentyCostsWhatAPageOfOneCosts(String path) {
        long one = page(path, 1);
        long twenty = page(path, 20);
        System.out.printf("STATEMENTS %s one=%d twenty=%d%n", path, one, twenty);
        assertThat(twenty).as("statements for 20 rows of %s (1 row: %d)", path, one).isEqualTo(one);
        assertThat(twenty).as("statements for a page of %s", path).isLessThanOrEqualTo(12);
    }

    @Test
    void aVolunteersRecordIsAHandfulOfStatements() {
        long id = given().spec(cityAdmin).queryParam("size", 1).get("/api/v1/volunteers").then().extract().jsonPath().getLong("items[0].id");
        long statements = Statements.count(sessions, () -> given().spec(cityAdmin).get("/api/v1/volunteers/{id}", id).then().statusCode(200));
        System.out.printf("STATEMENTS volunteer detail=%d%n", statements);
        assertThat(statements).isLessThanOrEqualTo(6);
    }

    @Test
    void recordingAnActivityIsAHandfulOfStatements() {
        long pair = given().spec(cityAdmin).queryParam("status", "ACTIVE").queryParam("size", 1).get("/api/v1/pairs").then()
                .extract().jsonPath().getLong("items[0].id");
        long statements = Statements.count(sessions, () -> given().spec(cityAdmin).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("occurredOn", LocalDate.now().toString(), "kind", "HOME_VISIT", "hours", 1))
                .post("/api/v1/pairs/{id}/activities", pair).then().statusCode(201));
        System.out.printf("STATEMENTS record activity=%d%n", statements);
        assertThat(statements).isLessThanOrEqualTo(14);
    }

    /**
     * The dashboard is a fixed handful of statements whatever the subtree: a committee (the city, a township)
     * reads its figures from its rollups in one statement (V17, V18, V22, V23); a village group counts the
     * register (on two days), joined and left, pairs, activities, the models, the teams, the 五好 rates, spot
     * checks, the planned, 党建带关工 and the leadership teams in eighteen.
     */
    @Test
    void theDashboardIsAFixedHandfulOfStatementsForTheCityATownshipAndAVillage() {
        long township = organization("兴安乡", "TOWNSHIP_COMMITTEE");
        long village = organization("村", "VILLAGE_GROUP");
        long city = Statements.count(sessions, () -> given().spec(cityAdmin).queryParam("period", "2016-H1")
                .get("/api/v1/stats/summary").then().statusCode(200));
        long oneTownship = dashboard(township);
        long oneVillage = dashboard(village);
        long children = Statements.count(sessions, () -> given().spec(cityAdmin).queryParam("period", "2016-H1")
                .get("/api/v1/stats/children").then().statusCode(200));
        System.out.printf("STATEMENTS dashboard city=%d township=%d village=%d children=%d%n", city, oneTownship, oneVillage, children);
        assertThat(oneTownship).isEqualTo(city);
        assertThat(oneVillage).isEqualTo(25);
        assertThat(city).isEqualTo(oneVillage - 17);
        assertThat(children).isLessThanOrEqualTo(5);
    }

    private long organization(String q, String type) {
        return given().spec(cityAdmin).queryParam("q", q).queryParam("size", 100).get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.type == '" + type + "' }.id");
    }

    private long dashboard(long organization) {
        return Statements.count(sessions, () -> given().spec(cityAdmin).queryParam("period", "2016-H1")
                .queryParam("orgId", organization).get("/api/v1/stats/summary").then().statusCode(200));
    }
}
