package cn.xinhuo.security;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * V2: what a user types into a search box is a value, never SQL and never a LIKE pattern: quotes,
 * comments, {@code %}, {@code _} and backslashes find the names that contain them and nothing else.
 * (scripts/sqlmap.sh throws sqlmap at the same parameters; docs/security-testing.md.)
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("V2")
class SearchWordsAreLiteralTest {

    private static final List<String> SEARCHED = List.of("/api/v1/volunteers", "/api/v1/organizations", "/api/v1/teams",
            "/api/v1/honors", "/api/v1/beneficiaries", "/api/v1/users");

    @BeforeEach
    void asRoot() {
        Auth.actAsRoot();
    }

    @Test
    void sqlInASearchWordFindsNothingAndChangesNothing() {
        String before = Database.fingerprint();
        for (String path : SEARCHED) {
            for (String q : List.of("' OR '1'='1", "x' OR 1=1 --", "'; drop table organization; --", "\") or (\"1\"=\"1",
                    "1' and pg_sleep(3) is null --", "%' union select id from app_user --")) {
                long started = System.nanoTime();
                given().queryParam("q", q).get(path).then().statusCode(200).body("total", equalTo(0));
                assertThat(System.nanoTime() - started).as(path + " " + q).isLessThan(2_500_000_000L);
            }
        }
        assertThat(Database.fingerprint()).isEqualTo(before);
        assertThat(Database.count("select count(*) from organization")).isPositive();
    }

    @Test
    void likeWildcardsAndBackslashesAreMatchedLiterally() {
        long city = Fixtures.organization("检索市", "CITY_COMMITTEE", null);
        long odd = create("百分之50%_村\\'乙", city);
        create("百分之50村", city);
        create("百分之5X0村", city);
        for (String q : List.of("%", "_", "50%", "0%_", "\\", "'", "\\'", "%_村\\'")) {
            given().queryParam("q", q).queryParam("within", city).get("/api/v1/organizations").then().statusCode(200)
                    .body("items.id", contains((int) odd));
        }
        given().queryParam("q", "百分之5_0").queryParam("within", city).get("/api/v1/organizations").then()
                .body("total", equalTo(0));
        given().queryParam("q", "百分之50").queryParam("within", city).get("/api/v1/organizations").then()
                .body("total", equalTo(2));
        // no other record anywhere holds a % or an underscore in its name: the wildcards match none
        for (String path : SEARCHED) {
            if (!path.endsWith("organizations") && !path.endsWith("users")) {
                given().queryParam("q", "%").get(path).then().statusCode(200).body("total", equalTo(0));
                given().queryParam("q", "_").get(path).then().statusCode(200).body("total", equalTo(0));
            }
        }
    }

    private static long create(String name, long parent) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name + "-" + System.nanoTime(), "type", "TOWNSHIP_COMMITTEE", "parentId", parent))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
