package cn.xinhuo.security;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.SyntheticPeople;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * L4: no password, token, authenticator secret or full ID card or mobile number reaches the
 * application's log, whatever the request does: logins right and wrong, a password change, a
 * second factor, a register entry with its numbers and their full view, refused and unreadable
 * bodies carrying the secrets. Every record the backend logs while these run (the application's
 * own categories down to DEBUG) is captured with its stack trace and searched for each secret.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("L4")
class NoSecretsInLogsTest {

    private final ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(p);
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(' ').append(trace);
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");
    private final Logger application = Logger.getLogger("cn.xinhuo");
    private Level applicationLevel;

    @BeforeEach
    void captureTheLog() {
        RestAssured.requestSpecification = null;
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        applicationLevel = application.getLevel();
        application.setLevel(Level.FINE);
    }

    @AfterEach
    void stopCapturing() {
        root.removeHandler(capture);
        application.setLevel(applicationLevel);
    }

    @Test
    void passwordsTokensSecretsAndPersonalNumbersNeverReachTheLog() {
        long city = Fixtures.organization("日志市", "CITY_COMMITTEE", null);
        long village = Fixtures.organization("日志村", "VILLAGE_GROUP", Fixtures.organization("日志乡", "TOWNSHIP_COMMITTEE", city));
        String name = "log-" + UUID.randomUUID().toString().substring(0, 8);
        String wrong = "Wrong-" + UUID.randomUUID();
        String initial = Auth.initialPassword();
        String chosen = "Chosen-" + UUID.randomUUID();
        Auth.createUser(name, city, "ORG_ADMIN");

        login(name, wrong);
        login("nobody-" + name, wrong);
        String token = given().contentType(ContentType.JSON).body(Map.of("username", name, "password", initial))
                .post("/api/v1/auth/login").then().statusCode(200).extract().jsonPath().getString("accessToken");
        given().spec(Auth.as(token)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", wrong, "newPassword", chosen)).post("/api/v1/auth/change-password")
                .then().statusCode(400);
        given().spec(Auth.as(token)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", initial, "newPassword", "password1")).post("/api/v1/auth/change-password")
                .then().statusCode(400);
        Auth.changePassword(token, initial, chosen);
        String secret = given().spec(Auth.as(token)).post("/api/v1/auth/totp/setup").then().statusCode(200)
                .extract().jsonPath().getString("secret");
        // unreadable and mistyped bodies that carry a password
        given().contentType(ContentType.JSON).body("{\"username\": \"" + name + "\", \"password\": \"" + chosen + "\"")
                .post("/api/v1/auth/login").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("username", List.of(name), "password", chosen))
                .post("/api/v1/auth/login").then().statusCode(400);

        Map<String, Object> person = SyntheticPeople.volunteer("日志五老", village);
        String idCard = (String) person.get("idCardNumber");
        String mobile = "13900000000"; // a placeholder (P3)
        person.put("mobile", mobile);
        long id = given().spec(Auth.as(token)).contentType(ContentType.JSON).body(person).post("/api/v1/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().spec(Auth.as(token)).get("/api/v1/volunteers/" + id + "/personal-data").then().statusCode(200);
        given().spec(Auth.as(token)).contentType(ContentType.JSON).body(person).post("/api/v1/volunteers")
                .then().statusCode(409); // the same number twice
        given().spec(Auth.as(token)).queryParam("q", idCard).get("/api/v1/volunteers").then().statusCode(200);
        given().spec(Auth.as(token)).post("/api/v1/auth/logout").then().statusCode(204);
        given().spec(Auth.as(token)).get("/api/v1/auth/me").then().statusCode(401);

        assertThat(logged).as("log records captured while the requests ran").isNotNull();
        for (String s : List.of(wrong, initial, chosen, token, secret, idCard, idCard.substring(6, 14) + idCard.substring(14), mobile)) {
            assertThat(logged).as("log records containing " + s.substring(0, 4) + "…")
                    .noneMatch(record -> record.contains(s));
        }
    }

    private static void login(String username, String password) {
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login").then().statusCode(401);
    }
}
