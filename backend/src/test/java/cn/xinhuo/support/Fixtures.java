package cn.xinhuo.support;

import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data made through the API by the system administrator. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new organization with a unique name (the prefix plus a random suffix); returns its id. */
    public static long organization(String namePrefix, String type, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique(namePrefix));
        body.put("type", type);
        body.put("parentId", parentId);
        return given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
