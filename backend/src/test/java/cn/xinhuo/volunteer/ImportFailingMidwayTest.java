package cn.xinhuo.volunteer;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Faults;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.Rosters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The database fails on a row near the end of a roster, after the first batch of 500 people has
 * been written: the import fails as a whole and not one of those 500 stays behind.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("R3")
@DisplayName("R3 an import failing at the database late in the file leaves nothing half-written")
class ImportFailingMidwayTest {

    private static final String IMPORTS = "/api/v1/volunteer-imports";
    private static final int ROWS = 620;
    private static final int FAILING_ROW = 600;

    @Test
    @DisplayName("R3 row 600 of 620 fails at the database: the import FAILED, counts unchanged; without the fault all 620 import")
    void aFaultAfterTheFirstBatchRollsBackTheWholeImport() throws Exception {
        RestAssured.requestSpecification = null;
        long township = Fixtures.organization("故障乡", "TOWNSHIP_COMMITTEE", Fixtures.organization("故障市", "CITY_COMMITTEE", null));
        String village = Fixtures.unique("故障村");
        given().spec(Auth.as(Auth.root())).contentType("application/json")
                .body(Map.of("name", village, "type", "VILLAGE_GROUP", "parentId", township))
                .post("/api/v1/organizations").then().statusCode(201);
        RequestSpecification admin = Auth.as(Auth.newUser(township, "ORG_ADMIN"));
        List<List<String>> rows = Rosters.people(ROWS, village, 4242);
        String marked = Fixtures.unique("故障");
        rows.get(FAILING_ROW - 1).set(Rosters.column("姓名"), marked);
        byte[] roster = Rosters.workbook(rows);
        String before = counts();

        JsonPath failed;
        try (var fault = Faults.onInsert("volunteer", "new.name = '" + marked + "'")) {
            failed = upload(admin, roster);
        }
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getInt("created")).isZero();
        assertThat(counts()).as("volunteers, their histories and audit rows").isEqualTo(before);

        JsonPath imported = upload(admin, roster);
        assertThat(imported.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(imported.getInt("created")).isEqualTo(ROWS);
        given().spec(admin).queryParam("within", township).queryParam("size", 1).get("/api/v1/volunteers").then()
                .statusCode(200).body("total", equalTo(ROWS));
    }

    private static String counts() {
        return Database.count("select count(*) from volunteer") + "/" + Database.count("select count(*) from volunteer_status_change")
                + "/" + Database.count("select count(*) from audit_event where object_type in ('volunteer', 'volunteer_status_change')");
    }

    private static JsonPath upload(RequestSpecification admin, byte[] file) {
        long id = given().spec(admin).contentType(Rosters.MEDIA_TYPE).body(file).queryParam("fileName", "故障名册.xlsx")
                .post(IMPORTS).then().statusCode(202).extract().jsonPath().getLong("id");
        return Rosters.finished(admin, id);
    }
}
