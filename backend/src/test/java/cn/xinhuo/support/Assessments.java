package cn.xinhuo.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small score sheets and evaluations on them, for the tests of assessments. */
public final class Assessments {

    private Assessments() {
    }

    /** A sheet of one criterion with two items of 5 points (1.1, 1.2), passing at 6. */
    public static long sheet(RequestSpecification as, long organization, String kind) {
        return given().spec(as).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization, "kind", kind, "name", Fixtures.unique("评分表"), "passTotal", 6,
                        "criteria", List.of(Map.of("title", "领导班子建设好", "maxPoints", 10, "items", List.of(
                                Map.of("code", "1.1", "title", "班子健全", "maxPoints", 5),
                                Map.of("code", "1.2", "title", "培训到位", "maxPoints", 5))))))
                .post("/api/v1/assessment-templates").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A DRAFT scoring {@code points} of 10 on a {@link #sheet}. */
    public static long draft(RequestSpecification as, long organization, long sheet, String kind, String day, int points) {
        return given().spec(as).contentType(ContentType.JSON)
                .body(Map.of("organizationId", organization, "templateId", sheet, "kind", kind, "evaluatedOn", day,
                        "scores", List.of(Map.of("code", "1.1", "score", Math.min(points, 5)),
                                Map.of("code", "1.2", "score", Math.max(points - 5, 0)))))
                .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Takes an evaluation through the given steps (SUBMITTED, CONFIRMED). */
    public static void step(RequestSpecification as, long evaluation, String... steps) {
        for (String step : steps) {
            String etag = given().spec(as).get("/api/v1/evaluations/" + evaluation).then().extract().header("ETag");
            given().spec(as).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", step))
                    .post("/api/v1/evaluations/" + evaluation + "/steps").then().statusCode(200);
        }
    }

    /** A CONFIRMED evaluation scoring {@code points} of 10. */
    public static long confirmed(RequestSpecification as, long organization, long sheet, String kind, String day, int points) {
        long id = draft(as, organization, sheet, kind, day, points);
        step(as, id, "SUBMITTED", "CONFIRMED");
        return id;
    }
}
