package cn.xinhuo.organization;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test helpers that drive the organization API the way a client does. */
final class OrganizationApi {

    static final String BASE = "/api/v1/organizations";

    private OrganizationApi() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> body(String name, String type, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("parentId", parentId);
        return body;
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(BASE).then();
    }

    static long create(String name, String type, Long parentId) {
        return post(body(name, type, parentId)).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A fresh city committee with one township under it: {city, township}. */
    static long[] cityWithTownship() {
        long city = create(unique("测试市关工委"), "CITY_COMMITTEE", null);
        long township = create(unique("测试乡关工委"), "TOWNSHIP_COMMITTEE", city);
        return new long[] {city, township};
    }

    static ValidatableResponse get(long id) {
        return given().when().get(BASE + "/" + id).then();
    }

    static String etag(long id) {
        return get(id).statusCode(200).extract().header("ETag");
    }

    static long total() {
        return given().queryParam("size", 1).when().get(BASE).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
