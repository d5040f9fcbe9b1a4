package cn.xinhuo.security;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Z4: a body cannot set its own scope, role, version, status or audit fields (per writable resource). */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("Z4")
class MassAssignmentTest {

    private static long city;
    private static long township;
    private static long otherCity;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        if (city == 0) {
            city = Fixtures.organization("赋值市", "CITY_COMMITTEE", null);
            township = Fixtures.organization("赋值乡", "TOWNSHIP_COMMITTEE", city);
            otherCity = Fixtures.organization("他市", "CITY_COMMITTEE", null);
        }
    }

    @Test
    void anOrganizationBodyCannotSetItsIdVersionStatusOrAuthor() {
        String admin = Auth.newUser(township, "ORG_ADMIN");
        Map<String, Object> body = new HashMap<>(Map.of("name", "赋值村", "type", "VILLAGE_GROUP", "parentId", township,
                "id", 1, "version", 99, "status", "DISSOLVED", "updatedBy", "someone", "depth", 0));
        var created = given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(body).post("/api/v1/organizations")
                .then().statusCode(201)
                .body("id", not(equalTo(1)))
                .body("version", equalTo(0))
                .body("status", equalTo("ACTIVE"))
                .body("depth", equalTo(2))
                .extract();
        long id = created.jsonPath().getLong("id");

        Map<String, Object> update = new HashMap<>(Map.of("name", "赋值村二", "type", "VILLAGE_GROUP",
                "parentId", otherCity, "version", 0, "status", "DISSOLVED"));
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(update).put("/api/v1/organizations/" + id).then().statusCode(200)
                .body("parentId", equalTo((int) township))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1));
        given().spec(Auth.as(Auth.root())).queryParam("objectId", String.valueOf(id))
                .get("/api/v1/audit-events").then().body("items[0].actor", not(equalTo("someone")));
    }

    @Test
    void aUserBodyCannotRaiseItsRoleOrLeaveTheAdminsScopeOrSetSecurityState() {
        String admin = Auth.newUser(township, "ORG_ADMIN");
        String name = "ma-" + UUID.randomUUID().toString().substring(0, 10);
        Map<String, Object> body = new HashMap<>(Map.of("username", name, "displayName", "赋值用户",
                "organizationId", township, "roles", List.of("SYSTEM_ADMIN"), "initialPassword", "Initial-Pass-2016!"));
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(body).post("/api/v1/users").then()
                .statusCode(400).body("errors.field", hasItem("roles"));

        body.put("roles", List.of("VIEWER"));
        body.put("organizationId", otherCity);
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(body).post("/api/v1/users").then()
                .statusCode(404).body("errors.field", hasItem("organizationId"));

        body.put("organizationId", township);
        body.putAll(Map.of("mustChangePassword", false, "enabled", false, "version", 7, "failedAttempts", 3,
                "passwordHash", "$2a$10$abcdefghijklmnopqrstuv"));
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(body).post("/api/v1/users").then()
                .statusCode(201)
                .body("mustChangePassword", equalTo(true))
                .body("enabled", equalTo(true))
                .body("version", equalTo(0));
        // the password hash in the body was ignored: the initial password works
        RestAssured.requestSpecification = null;
        org.assertj.core.api.Assertions.assertThat(Auth.login(name, "Initial-Pass-2016!")).isNotNull();
    }

    @Test
    void anAdminCannotChangeItsOwnRoles() {
        String admin = Auth.newUser(township, "ORG_ADMIN");
        long me = given().spec(Auth.as(admin)).get("/api/v1/auth/me").then().extract().jsonPath().getLong("id");
        String etag = given().spec(Auth.as(admin)).get("/api/v1/users/" + me).then().extract().header("ETag");
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("displayName", "我", "organizationId", city, "roles", List.of("ORG_ADMIN"), "enabled", true))
                .put("/api/v1/users/" + me).then().statusCode(404).body("errors.field", hasItem("organizationId"));
        given().spec(Auth.as(admin)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("displayName", "我", "organizationId", township, "roles", List.of("VIEWER"), "enabled", true))
                .put("/api/v1/users/" + me).then().statusCode(400).body("errors.field", hasItem("roles"));
    }

    @Test
    void anApiKeyBodyCannotSetItsKeyAuthorOrRevocation() {
        String admin = Auth.newUser(township, "ORG_ADMIN");
        Map<String, Object> body = new HashMap<>(Map.of("name", "赋值接口", "organizationId", township,
                "access", "READ_ONLY", "keyHash", "0".repeat(64), "keyPrefix", "xh_chosen", "createdBy", "someone",
                "revokedAt", "2016-01-01T00:00:00Z", "version", 5));
        var created = given().spec(Auth.as(admin)).contentType(ContentType.JSON).body(body).post("/api/v1/api-keys")
                .then().statusCode(201)
                .body("apiKey.revokedAt", equalTo(null))
                .body("apiKey.version", equalTo(0))
                .body("apiKey.createdBy", not(equalTo("someone")))
                .body("apiKey.keyPrefix", not(equalTo("xh_chosen")))
                .extract().jsonPath();
        given().spec(Auth.withApiKey(created.getString("key"))).get("/api/v1/organizations/roots").then().statusCode(200);
    }
}
