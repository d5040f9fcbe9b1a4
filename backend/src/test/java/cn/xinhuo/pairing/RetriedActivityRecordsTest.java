package cn.xinhuo.pairing;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.SyntheticPeople;
import cn.xinhuo.support.Together;
import cn.xinhuo.support.Together.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group leader on a weak phone connection taps "save" and the app retries: several copies of one
 * activity arrive at the same moment with one Idempotency-Key. One row is recorded and every copy
 * gets the same answer.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("R2")
@DisplayName("R2 concurrent retries of one activity with one Idempotency-Key: one row, the same response")
class RetriedActivityRecordsTest {

    private static final int COPIES = 6;
    private String leader;
    private long pair;

    @BeforeEach
    void anActivePair() {
        RestAssured.requestSpecification = null;
        long township = Fixtures.organization("重试乡", "TOWNSHIP_COMMITTEE", Fixtures.organization("重试市", "CITY_COMMITTEE", null));
        long village = Fixtures.organization("重试村", "VILLAGE_GROUP", township);
        leader = Auth.newUser(township, "ORG_ADMIN");
        var as = Auth.as(leader);
        long volunteer = given().spec(as).contentType(ContentType.JSON).body(SyntheticPeople.volunteer(Fixtures.unique("五老"), village))
                .post("/api/v1/volunteers").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> farmer = new HashMap<>(Map.of("organizationId", village, "name", Fixtures.unique("青年"),
                "gender", "MALE", "birthDate", "1990-05-01", "category", "YOUNG_FARMER", "situation", "缺少种植技术"));
        long beneficiary = given().spec(as).contentType(ContentType.JSON).body(farmer).post("/api/v1/beneficiaries")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        pair = given().spec(as).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer, "beneficiaryId", beneficiary, "type", "AGRICULTURAL_GUIDANCE",
                        "startedOn", "2016-03-01", "status", "ACTIVE"))
                .post("/api/v1/pairs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    @DisplayName("R2 six copies released together: all 201 with one body, one activity row")
    void copiesOfOneActivityArrivingTogetherAreRecordedOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> sowing = Map.of("occurredOn", "2016-04-20", "kind", "SPRING_SOWING", "hours", 2.5, "notes", "指导春播");
        List<HttpRequest> copies = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            copies.add(activity(sowing).header("Idempotency-Key", key).build());
        }
        List<Reply> replies = Together.send(copies);

        assertThat(replies).extracting(Reply::status).containsOnly(201);
        assertThat(replies).extracting(Reply::body).containsOnly(replies.get(0).body());
        assertThat(Database.count("select count(*) from activity where pair_id = ?", pair)).isEqualTo(1);
        assertThat(Database.count("select count(*) from idempotency_record where key = ?", key)).isEqualTo(1);
    }

    @Test
    @DisplayName("R2 one key with different bodies at once: one is recorded, the others are refused 422")
    void oneKeyReusedForDifferentActivitiesAtOnceRecordsOnlyOne() {
        String key = UUID.randomUUID().toString();
        List<HttpRequest> different = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            different.add(activity(Map.of("occurredOn", "2016-04-2" + i, "kind", "HOME_VISIT", "hours", 1 + i))
                    .header("Idempotency-Key", key).build());
        }
        List<Reply> replies = Together.send(different);

        assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(201, 422, 422);
        assertThat(replies).filteredOn(r -> r.status() == 422)
                .allSatisfy(r -> assertThat(r.body()).contains("urn:xinhuo:problem:idempotency-key-reused"));
        assertThat(Database.count("select count(*) from activity where pair_id = ?", pair)).isEqualTo(1);
    }

    private HttpRequest.Builder activity(Map<String, Object> body) {
        return Together.json("POST", "/api/v1/pairs/" + pair + "/activities", leader, body);
    }
}
