package cn.xinhuo.stats;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The drill-down's figures per child organization agree with each child's own summary, in one request. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class StatsChildrenTest {

    private RequestSpecification cityViewer;

    @BeforeEach
    void logIn() {
        RestAssured.requestSpecification = null;
        cityViewer = Auth.as(Auth.login("city-viewer", "Xinhuo@2016"));
    }

    private JsonPath children(RequestSpecification as, Long orgId, String period) {
        var request = given().spec(as).queryParam("period", period);
        if (orgId != null) {
            request.queryParam("orgId", orgId);
        }
        return request.get("/api/v1/stats/children").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath summary(RequestSpecification as, long orgId, String period) {
        return given().spec(as).queryParam("period", period).queryParam("orgId", orgId).get("/api/v1/stats/summary").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void eachTownshipsFiguresAreThoseOfItsOwnSummary() {
        JsonPath city = children(cityViewer, null, "2016-H1");
        List<Map<String, Object>> rows = city.getList("children");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(13);
        assertThat(city.getString("period.to")).isEqualTo("2016-06-30");
        // every township with volunteers, checked against its own summary
        int checked = 0;
        for (Map<String, Object> row : rows) {
            if (((Number) row.get("volunteers")).longValue() == 0) {
                continue;
            }
            long id = ((Number) row.get("organizationId")).longValue();
            JsonPath own = summary(cityViewer, id, "2016-H1");
            assertThat(((Number) row.get("volunteers")).longValue()).as("五老 of %s", id).isEqualTo(own.getLong("volunteers.registered"));
            assertThat(((Number) row.get("activeVolunteers")).longValue()).isEqualTo(own.getLong("volunteers.active"));
            assertThat(((Number) row.get("teams")).longValue()).isEqualTo(own.getLong("teams.teams"));
            assertThat(((Number) row.get("activities")).longValue()).isEqualTo(own.getLong("pairs.activities"));
            long active = own.getList("pairs.byStatus.findAll { it.key == 'ACTIVE' }.count", Number.class).stream()
                    .mapToLong(Number::longValue).sum();
            assertThat(((Number) row.get("activePairs")).longValue()).isEqualTo(active);
            long holders = own.getList("fiveGood.rates.rows.awarded", Number.class).stream().mapToLong(Number::longValue).sum();
            assertThat(((Number) row.get("fiveGoodHolders")).longValue()).isEqualTo(holders);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        // the townships' 五老 together are the city's less those kept at the city committee itself
        long sum = rows.stream().mapToLong(r -> ((Number) r.get("volunteers")).longValue()).sum();
        assertThat(sum).isPositive().isLessThanOrEqualTo(1286);
    }

    @Test
    void aTownshipSeesItsVillagesAndNotAnotherTownship() {
        RequestSpecification xingan = Auth.as(Auth.login("xingan-admin", "Xinhuo@2016"));
        JsonPath own = children(xingan, null, "2016-H1");
        assertThat(own.getList("children")).isNotEmpty();
        long xinganId = own.getLong("organizationId");
        JsonPath fromCity = children(cityViewer, xinganId, "2016-H1");
        assertThat(fromCity.getList("children")).isEqualTo(own.getList("children"));

        long tuanjie = given().spec(cityViewer).queryParam("q", "团结").get("/api/v1/organizations").then()
                .extract().jsonPath().getLong("items.find { it.type == 'TOWNSHIP_COMMITTEE' }.id");
        given().spec(xingan).queryParam("orgId", tuanjie).queryParam("period", "2016-H1").get("/api/v1/stats/children").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
