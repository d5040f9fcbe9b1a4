package cn.xinhuo.volunteer;

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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two staff members edit the same 五老 at the same moment, both from the version they read: one
 * change is kept, the other is refused with 412 so its author reloads — never silently overwritten.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("R1")
@DisplayName("R1 two editors of one volunteer with the same If-Match at once: exactly one wins, the other gets 412, no lost update")
class TwoEditorsOfOneVolunteerTest {

    private static final String VOLUNTEERS = "/api/v1/volunteers/";
    private static final int ROUNDS = 5;

    private String first;
    private String second;
    private Map<String, Object> form;
    private long id;

    @BeforeEach
    void aVolunteerAndTwoAdministratorsOfItsTownship() {
        RestAssured.requestSpecification = null;
        long township = Fixtures.organization("编辑乡", "TOWNSHIP_COMMITTEE", Fixtures.organization("编辑市", "CITY_COMMITTEE", null));
        first = Auth.newUser(township, "ORG_ADMIN");
        second = Auth.newUser(township, "ORG_ADMIN");
        form = SyntheticPeople.volunteer(Fixtures.unique("编辑"), township);
        id = given().spec(Auth.as(first)).contentType(ContentType.JSON).body(form).post(VOLUNTEERS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        form.remove("idCardNumber"); // an update without the number keeps the stored one
    }

    @Test
    @DisplayName("R1 concurrent editors: one 200, one 412, the winner's change stored at version + 1")
    void twoEditorsReleasedTogetherOneWinsAndTheOtherIsToldToReload() {
        for (int round = 0; round < ROUNDS; round++) {
            String etag = given().spec(Auth.as(first)).get(VOLUNTEERS + id).then().statusCode(200).extract().header("ETag");
            long version = version(id);
            Map<String, Object> mine = edited("甲的修改 " + round);
            Map<String, Object> theirs = edited("乙的修改 " + round);

            List<Reply> replies = Together.send(List.of(
                    Together.json("PUT", VOLUNTEERS + id, first, mine).header("If-Match", etag).build(),
                    Together.json("PUT", VOLUNTEERS + id, second, theirs).header("If-Match", etag).build()));

            assertThat(replies).extracting(Reply::status).as("round %d", round).containsExactlyInAnyOrder(200, 412);
            Reply winner = replies.get(0).status() == 200 ? replies.get(0) : replies.get(1);
            Reply loser = winner == replies.get(0) ? replies.get(1) : replies.get(0);
            String kept = (String) (winner == replies.get(0) ? mine : theirs).get("formerOccupation");
            assertThat(loser.header("Content-Type")).startsWith("application/problem+json");
            assertThat(loser.body()).contains("urn:xinhuo:problem:precondition-failed");
            assertThat(winner.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
            given().spec(Auth.as(first)).get(VOLUNTEERS + id).then().statusCode(200)
                    .header("ETag", "\"" + (version + 1) + "\"").body("formerOccupation", equalTo(kept));
            assertThat(version(id)).isEqualTo(version + 1);
        }
    }

    @Test
    @DisplayName("R1 a change with a stale If-Match gets 412 and one without If-Match gets 428; nothing is written")
    void aStaleOrMissingIfMatchWritesNothing() {
        String read = given().spec(Auth.as(first)).get(VOLUNTEERS + id).then().statusCode(200).extract().header("ETag");
        given().spec(Auth.as(first)).contentType(ContentType.JSON).header("If-Match", read).body(edited("第一次"))
                .put(VOLUNTEERS + id).then().statusCode(200);
        String before = Database.fingerprint();
        given().spec(Auth.as(first)).contentType(ContentType.JSON).header("If-Match", read).body(edited("过期的"))
                .put(VOLUNTEERS + id).then().statusCode(412);
        given().spec(Auth.as(first)).contentType(ContentType.JSON).body(edited("没有版本"))
                .put(VOLUNTEERS + id).then().statusCode(428);
        assertThat(Database.fingerprint()).isEqualTo(before);
    }

    private Map<String, Object> edited(String occupation) {
        Map<String, Object> body = new HashMap<>(form);
        body.put("formerOccupation", occupation);
        return body;
    }

    private static long version(long id) {
        return Database.count("select version from volunteer where id = ?", id);
    }
}
