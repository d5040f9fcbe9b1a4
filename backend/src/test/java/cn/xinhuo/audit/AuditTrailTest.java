package cn.xinhuo.audit;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class AuditTrailTest {

    private static final String ORGS = "/api/v1/organizations";

    @BeforeEach
    void asRoot() {
        Auth.actAsRoot();
    }

    @Tag("L1")
    @Test
    void everyChangeIsInTheTrailWithWhoBeforeAndAfter() {
        long city = Fixtures.organization("审计市", "CITY_COMMITTEE", null);
        long township = Fixtures.organization("审计乡", "TOWNSHIP_COMMITTEE", city);
        String etag = given().get(ORGS + "/" + township).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "审计乡新名", "type", "TOWNSHIP_COMMITTEE", "address", "乡政府"))
                .put(ORGS + "/" + township).then().statusCode(200);

        var trail = given().queryParam("objectType", "organization").queryParam("objectId", String.valueOf(township))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.event", equalTo(List.of("ORGANIZATION_UPDATE", "ORGANIZATION_INSERT")))
                .body("items.actor", everyItem(equalTo(Auth.ROOT)))
                .extract().jsonPath();
        assertThat(trail.getString("items[0].before.name")).startsWith("审计乡-");
        assertThat(trail.getString("items[0].after.name")).isEqualTo("审计乡新名");
        assertThat(trail.getString("items[0].after.address")).isEqualTo("乡政府");
        assertThat(trail.getString("items[1].before")).isNull();
    }

    @Tag("L1")
    @Test
    void aMoveIsOneChangeNotOnePerDescendant() {
        long city = Fixtures.organization("审计市", "CITY_COMMITTEE", null);
        long from = Fixtures.organization("审计甲乡", "TOWNSHIP_COMMITTEE", city);
        long to = Fixtures.organization("审计乙乡", "TOWNSHIP_COMMITTEE", city);
        long village = Fixtures.organization("审计村", "VILLAGE_GROUP", from);
        long school = Fixtures.organization("审计校", "SCHOOL_GROUP", from);
        long before = Database.count("select count(*) from audit_event");
        String etag = given().get(ORGS + "/" + from).then().extract().header("ETag");
        long otherCity = Fixtures.organization("审计丙市", "CITY_COMMITTEE", null);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("parentId", otherCity))
                .post(ORGS + "/" + from + "/move").then().statusCode(200);
        assertThat(Database.count("select count(*) from audit_event where object_type = 'organization' and object_id in (?, ?)",
                String.valueOf(village), String.valueOf(school))).isEqualTo(2); // their inserts only
        assertThat(Database.count("select count(*) from audit_event") - before).isEqualTo(2); // the new city, the move
        assertThat(to).isPositive();
    }

    @Tag("L1")
    @Test
    void securityEventsAreInTheTrail() {
        String name = "a-" + UUID.randomUUID().toString().substring(0, 10);
        long city = Fixtures.organization("审计市", "CITY_COMMITTEE", null);
        Auth.createUser(name, city, "VIEWER");
        RestAssured.requestSpecification = null;
        Auth.login(name, "Wrong-Pass-2016!");
        String token = Auth.login(name, Auth.initialPassword());
        given().spec(Auth.as(token)).get(ORGS).then().statusCode(403); // password change pending
        Auth.changePassword(token, Auth.initialPassword(), Auth.PASSWORD);
        given().spec(Auth.as(token)).get("/api/v1/users").then().statusCode(403);

        given().spec(Auth.as(Auth.root())).queryParam("actor", name).queryParam("size", 50)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.event", hasItem("LOGIN_FAILED"))
                .body("items.event", hasItem("LOGIN_SUCCEEDED"))
                .body("items.event", hasItem("PASSWORD_CHANGED"))
                .body("items.event", hasItem("ACCESS_DENIED"));
    }

    /** Found by ContractFuzzTest: a path over 64 characters or with a NUL made the refusal itself a 500. */
    @Test
    void aRefusalIsRecordedWhateverThePathHolds() {
        long city = Fixtures.organization("审计市", "CITY_COMMITTEE", null);
        String name = "a-" + UUID.randomUUID().toString().substring(0, 10);
        Auth.createUser(name, city, "VIEWER");
        String token = Auth.login(name, Auth.initialPassword());
        Auth.changePassword(token, Auth.initialPassword(), Auth.PASSWORD);
        RestAssured.requestSpecification = null;
        for (String evidence : List.of(java.net.URLEncoder.encode("长".repeat(80), java.nio.charset.StandardCharsets.UTF_8),
                "NUL%00byte")) {
            given().spec(Auth.as(token)).urlEncodingEnabled(false).delete("/api/v1/evaluations/1/evidence/" + evidence)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        assertThat(Database.count("select count(*) from audit_event where actor = ? and event = 'ACCESS_DENIED'"
                + " and char_length(object_id) <= 64", name)).isEqualTo(2);
    }

    @Tag("L3")
    @Tag("L2")
    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditRows() {
        Fixtures.organization("审计市", "CITY_COMMITTEE", null);
        long rows = Database.count("select count(*) from audit_event");
        assertThat(rows).isPositive();
        assertThatThrownBy(() -> Database.update("update audit_event set actor = 'someone-else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> Database.update("delete from audit_event"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> Database.update("truncate audit_event"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> Database.count("select purge_audit_events(interval '30 days')"))
                .hasMessageContaining("180 days");
        assertThat(Database.count("select count(*) from audit_event")).isGreaterThanOrEqualTo(rows);
        assertThat(Database.count("select count(*) from audit_event where actor = 'someone-else'")).isZero();
    }

    @Tag("L2")
    @Test
    void onlyRowsOlderThan180DaysCanBePurgedAndNothingPurgesOnItsOwn() {
        String actor = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        for (int days : new int[] {181, 179, 1}) {
            Database.update("insert into audit_event (occurred_at, actor, event, outcome, detail)"
                    + " values (now() - make_interval(days => ?), ?, 'RETENTION_PROBE', 'SUCCESS', ?)", days, actor, days + " days old");
        }
        assertThatThrownBy(() -> Database.count("select purge_audit_events(interval '179 days')"))
                .hasMessageContaining("180 days");
        assertThat(Database.count("select purge_audit_events(interval '180 days')")).isGreaterThanOrEqualTo(1);
        assertThat(Database.count("select count(*) from audit_event where actor = ? and detail = '181 days old'", actor)).isZero();
        assertThat(Database.count("select count(*) from audit_event where actor = ? and detail in ('179 days old', '1 days old')",
                actor)).isEqualTo(2);
        // nothing in the application deletes audit rows: the only way is this function, called by an operator
        assertThat(Database.count("select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                + " where n.nspname = 'public' and p.prosrc ilike '%delete from audit_event%' and p.proname <> 'purge_audit_events'"))
                .isZero();
    }

    /** L1: time with its offset, user, event, object and outcome — also for views and exports of personal data. */
    @Tag("L1")
    @Tag("Z3")
    @Test
    void viewsAndExportsOfPersonalDataAreEntriesWithTimeUserEventObjectAndOutcome() {
        long city = Fixtures.organization("审计市", "CITY_COMMITTEE", null);
        long village = Fixtures.organization("审计村", "VILLAGE_GROUP", Fixtures.organization("审计乡", "TOWNSHIP_COMMITTEE", city));
        long volunteer = given().contentType(ContentType.JSON).body(cn.xinhuo.support.SyntheticPeople.volunteer("审计五老", village))
                .post("/api/v1/volunteers").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/v1/volunteers/" + volunteer + "/personal-data").then().statusCode(200);
        given().queryParam("within", village).get("/api/v1/volunteers/export").then().statusCode(200);

        var viewed = given().queryParam("event", "PERSONAL_DATA_VIEWED").queryParam("objectId", String.valueOf(volunteer))
                .get("/api/v1/audit-events").then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();
        assertThat(viewed.getString("items[0].occurredAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(viewed.getString("items[0].actor")).isEqualTo(Auth.ROOT);
        assertThat(viewed.getString("items[0].objectType")).isEqualTo("volunteer");
        assertThat(viewed.getString("items[0].outcome")).isEqualTo("SUCCESS");

        given().queryParam("event", "VOLUNTEER_EXPORT").queryParam("actor", Auth.ROOT).queryParam("size", 1)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].outcome", equalTo("SUCCESS"))
                .body("items[0].objectType", equalTo("volunteer"))
                .body("items[0].detail", org.hamcrest.Matchers.containsString("1 rows"));
        // a failure is an entry too, with its outcome
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("username", stranger, "password", "Wrong-Pass-2016!"))
                .post("/api/v1/auth/login").then().statusCode(401);
        given().queryParam("event", "LOGIN_FAILED").queryParam("actor", stranger).get("/api/v1/audit-events").then()
                .body("total", equalTo(1)).body("items[0].outcome", equalTo("FAILURE"))
                .body("items[0].objectType", equalTo("user"));
    }

    @Tag("Z1")
    @Test
    void anAdminSeesOnlyTheEventsOfItsSubtree() {
        long city = Fixtures.organization("审计市", "CITY_COMMITTEE", null);
        long mine = Fixtures.organization("审计本乡", "TOWNSHIP_COMMITTEE", city);
        long other = Fixtures.organization("审计他乡", "TOWNSHIP_COMMITTEE", city);
        String admin = Auth.newUser(mine, "ORG_ADMIN");
        given().spec(Auth.as(admin)).queryParam("objectId", String.valueOf(other)).get("/api/v1/audit-events")
                .then().statusCode(200).body("total", equalTo(0));
        given().spec(Auth.as(admin)).queryParam("objectId", String.valueOf(mine)).get("/api/v1/audit-events")
                .then().statusCode(200).body("items.event", hasItem("ORGANIZATION_INSERT"));
    }
}
