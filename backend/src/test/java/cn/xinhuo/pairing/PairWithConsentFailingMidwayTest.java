package cn.xinhuo.pairing;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Faults;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.SyntheticPeople;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * A pair recorded together with a new left-behind child and the guardian's consent: the child, the
 * consent and the pair are written, then the database fails on the pair's first status entry. None
 * of it stays — no child without its pair, no consent without its child.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("R3")
@DisplayName("R3 a pair with a new child and its guardian consent failing midway leaves nothing half-written")
class PairWithConsentFailingMidwayTest {

    @Test
    @DisplayName("R3 the pair's status history fails at the database: 500 without internals, every count unchanged")
    void aFaultAfterTheChildAndThePairAreWrittenRollsBackAll() throws Exception {
        RestAssured.requestSpecification = null;
        long township = Fixtures.organization("同意乡", "TOWNSHIP_COMMITTEE", Fixtures.organization("同意市", "CITY_COMMITTEE", null));
        long village = Fixtures.organization("同意村", "VILLAGE_GROUP", township);
        RequestSpecification admin = Auth.as(Auth.newUser(township, "ORG_ADMIN"));
        long volunteer = given().spec(admin).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer(Fixtures.unique("五老"), village)).post("/api/v1/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> child = new HashMap<>(Map.of("organizationId", village, "name", "夏" + Fixtures.unique("童"),
                "gender", "FEMALE", "birthDate", LocalDate.now().minusYears(9).toString(), "category", "LEFT_BEHIND_CHILD",
                "guardianName", "夏某某", "guardianRelation", "祖父", "parentsWhereabouts", "父母在外务工"));
        child.put("consent", Map.of("givenBy", "夏某某", "givenOn", "2016-03-01", "method", "WRITTEN", "noticeVersion", "2016-1"));
        Map<String, Object> pair = Map.of("volunteerId", volunteer, "beneficiary", child, "type", "LEFT_BEHIND_CARE",
                "startedOn", "2016-03-01", "status", "ACTIVE");
        String before = Database.fingerprint() + "|" + auditRows();

        try (var fault = Faults.onInsert("pair_status_change",
                "exists (select 1 from pair p where p.id = new.pair_id and p.volunteer_id = " + volunteer + ")")) {
            given().spec(admin).contentType(ContentType.JSON).body(pair).post("/api/v1/pairs").then().statusCode(500)
                    .contentType(startsWith("application/problem+json"))
                    .body(not(containsString("Exception"))).body(not(containsString("fault injected")));
        }
        assertThat(Database.fingerprint() + "|" + auditRows()).isEqualTo(before);

        given().spec(admin).contentType(ContentType.JSON).body(pair).post("/api/v1/pairs").then().statusCode(201);
        assertThat(Database.count("select count(*) from pair where volunteer_id = ?", volunteer)).isEqualTo(1);
        assertThat(Database.count("select count(*) from beneficiary b join pair p on p.beneficiary_id = b.id"
                + " where p.volunteer_id = ? and b.consent_given_by is not null", volunteer)).isEqualTo(1);
    }

    private static long auditRows() {
        return Database.count("select count(*) from audit_event where object_type in ('beneficiary', 'pair', 'pair_status_change')");
    }
}
