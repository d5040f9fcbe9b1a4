package cn.xinhuo.integration;

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

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ApiKeyTest {

    private long township;
    private String admin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        long city = Fixtures.organization("接口市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("接口乡", "TOWNSHIP_COMMITTEE", city);
        admin = Auth.newUser(township, "ORG_ADMIN");
    }

    private String createKey(String access) {
        return given().spec(Auth.as(admin)).contentType(ContentType.JSON)
                .body(Map.of("name", "省平台", "organizationId", township, "access", access))
                .post("/api/v1/api-keys").then().statusCode(201)
                .body("apiKey.keyPrefix", notNullValue())
                .body("apiKey.createdBy", notNullValue())
                .extract().jsonPath().getString("key");
    }

    @Tag("S3")
    @Test
    void theKeyIsShownOnceAndStoredOnlyAsAHash() {
        String key = createKey("READ_ONLY");
        assertThat(key).startsWith("xh_").hasSizeGreaterThan(40);
        given().spec(Auth.as(admin)).get("/api/v1/api-keys").then().statusCode(200)
                .body(not(org.hamcrest.Matchers.containsString(key)));
        assertThat(Database.count("select count(*) from api_key where key_hash = encode(sha256(?::bytea), 'hex')", key))
                .isEqualTo(1);
        assertThat(Database.count("select count(*) from audit_event where after_state::text like ?", "%" + key + "%"))
                .isZero();
    }

    @Test
    void aReadOnlyKeyReadsItsSubtreeAndCannotWrite() {
        String key = createKey("READ_ONLY");
        given().spec(Auth.withApiKey(key)).get("/api/v1/organizations/roots").then().statusCode(200)
                .body("id", contains((int) township));
        given().spec(Auth.withApiKey(key)).contentType(ContentType.JSON)
                .body(Map.of("name", "接口建的村", "type", "VILLAGE_GROUP", "parentId", township))
                .post("/api/v1/organizations").then().statusCode(403);
        assertThat(Database.count("select count(*) from api_key where key_hash = encode(sha256(?::bytea), 'hex') and last_used_at is not null", key))
                .isEqualTo(1);
    }

    @Test
    void aReadWriteKeyWritesInsideItsSubtreeButNeverTouchesAccountsOrTheAuditTrail() {
        String key = createKey("READ_WRITE");
        given().spec(Auth.withApiKey(key)).contentType(ContentType.JSON)
                .body(Map.of("name", "接口建的村", "type", "VILLAGE_GROUP", "parentId", township))
                .post("/api/v1/organizations").then().statusCode(201);
        given().spec(Auth.withApiKey(key)).get("/api/v1/users").then().statusCode(403);
        given().spec(Auth.withApiKey(key)).get("/api/v1/audit-events").then().statusCode(403);
        given().spec(Auth.withApiKey(key)).get("/api/v1/auth/me").then().statusCode(403);
    }

    @Tag("S2")
    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String key = createKey("READ_ONLY");
        long id = given().spec(Auth.as(admin)).get("/api/v1/api-keys").then().extract().jsonPath()
                .getLong("items.find { it.keyPrefix == '" + key.substring(0, 10) + "' }.id");
        given().spec(Auth.as(admin)).header("If-Match", "\"0\"").post("/api/v1/api-keys/" + id + "/revoke")
                .then().statusCode(200).body("revokedAt", notNullValue());
        given().spec(Auth.withApiKey(key)).get("/api/v1/organizations/roots").then().statusCode(401);
        given().spec(Auth.as(admin)).header("If-Match", "\"1\"").post("/api/v1/api-keys/" + id + "/revoke")
                .then().statusCode(409);
        given().spec(Auth.withApiKey("xh_forged-key-that-does-not-exist")).get("/api/v1/organizations")
                .then().statusCode(401).body("type", equalTo("urn:xinhuo:problem:unauthorized"));
    }
}
