package cn.xinhuo.support;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * Logins for tests. The first administrator comes from the test profile's bootstrap settings and
 * changes its initial password once; tokens are kept per user so the login rate limit is not hit.
 */
public final class Auth {

    public static final String ROOT = "root";
    private static final String ROOT_INITIAL = "Test-Admin-2016!";
    public static final String PASSWORD = "Tested-Pass-2016!";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();


    private Auth() {
    }

    /** The system administrator's token (its initial password changed on first use). */
    public static synchronized String root() {
        return TOKENS.computeIfAbsent(ROOT, u -> {
            String token = login(u, ROOT_INITIAL);
            if (token == null) {
                return login(u, PASSWORD);
            }
            changePassword(token, ROOT_INITIAL, PASSWORD);
            return token;
        });
    }

    /** Makes every request of the test class run as the system administrator. */
    public static void actAsRoot() {
        RestAssured.requestSpecification = as(root());
    }

    public static RequestSpecification as(String token) {
        // A request's own login replaces the class-wide one instead of being sent as a second
        // header. Set on every use: the Quarkus test framework replaces RestAssured's config per test.
        RestAssured.config = RestAssured.config().headerConfig(
                io.restassured.config.HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        return new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).build();
    }

    /** An integration client's key bound to the organization (READ_ONLY or READ_WRITE), made by root. */
    public static String newApiKey(long organizationId, String access) {
        return given().spec(as(root())).contentType(ContentType.JSON)
                .body(Map.of("name", "测试接口 " + UUID.randomUUID(), "organizationId", organizationId, "access", access))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("key");
    }

    public static RequestSpecification withApiKey(String key) {
        return new RequestSpecBuilder().addHeader("X-API-Key", key).build();
    }

    /** A fresh user of the given roles in the organization, logged in, its initial password changed. */
    public static String newUser(long organizationId, String... roles) {
        return newAccount(organizationId, roles).token();
    }

    /** A user's name and the token of its session; its password is {@link #PASSWORD}. */
    public record Account(String username, String token) {
    }

    /** Like {@link #newUser}, with the name, for tests that log in again or act on the account itself. */
    public static Account newAccount(long organizationId, String... roles) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
        createUser(username, organizationId, roles);
        String token = login(username, ROOT_INITIAL);
        changePassword(token, ROOT_INITIAL, PASSWORD);
        TOKENS.put(username, token);
        return new Account(username, token);
    }

    /** Creates a user (as root) whose initial password is still to be changed; returns its id. */
    public static long createUser(String username, long organizationId, String... roles) {
        return given().spec(as(root())).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "测试用户 " + username,
                        "organizationId", organizationId, "roles", List.of(roles), "initialPassword", ROOT_INITIAL))
                .when().post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String initialPassword() {
        return ROOT_INITIAL;
    }

    /** The token, or null when the login is refused. */
    /**
     * A session of the account, or null when the login is refused. A login over the account's per-minute
     * limit (429: several test classes log in as one demo account within a minute) waits as told and tries again.
     */
    public static String login(String username, String password) {
        for (int attempt = 0; ; attempt++) {
            var response = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                    .when().post("/api/v1/auth/login");
            if (response.statusCode() == 429 && attempt < 2) {
                sleep(Long.parseLong(response.header("Retry-After")));
                continue;
            }
            return response.statusCode() == 200 ? response.jsonPath().getString("accessToken") : null;
        }
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000 + 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void changePassword(String token, String current, String next) {
        given().spec(as(token)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next))
                .when().post("/api/v1/auth/change-password").then().statusCode(204);
    }
}
