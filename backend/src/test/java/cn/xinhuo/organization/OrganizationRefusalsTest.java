package cn.xinhuo.organization;

import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.xinhuo.organization.OrganizationApi.BASE;
import static cn.xinhuo.organization.OrganizationApi.body;
import static cn.xinhuo.organization.OrganizationApi.create;
import static cn.xinhuo.organization.OrganizationApi.etag;
import static cn.xinhuo.organization.OrganizationApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every refused write answers problem+json naming what is wrong, and writes nothing. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class OrganizationRefusalsTest {

    @org.junit.jupiter.api.BeforeEach
    void logIn() {
        cn.xinhuo.support.Auth.actAsRoot();
    }

    private static ValidatableResponse assertValidationProblem(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:validation"))
                .body("title", notNullValue())
                .body("errors.field", hasItem(field));
    }

    @Test
    void aVillageGroupUnderAVillageGroupIsRefusedNamingParentId() {
        long[] tree = OrganizationApi.cityWithTownship();
        long village = create(unique("村关工小组"), "VILLAGE_GROUP", tree[1]);
        long before = OrganizationApi.total();

        assertValidationProblem(OrganizationApi.post(body(unique("村中村"), "VILLAGE_GROUP", village)), "parentId");

        assertThat(OrganizationApi.total()).isEqualTo(before);
    }

    @Test
    void aTownshipWithoutAParentIsRefusedNamingParentId() {
        long before = OrganizationApi.total();
        assertValidationProblem(OrganizationApi.post(body(unique("无上级乡"), "TOWNSHIP_COMMITTEE", null)), "parentId");
        assertThat(OrganizationApi.total()).isEqualTo(before);
    }

    @Test
    void anUnknownParentIs404NamingParentId() {
        long before = OrganizationApi.total();
        OrganizationApi.post(body(unique("村"), "VILLAGE_GROUP", 987_654_321L)).statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parentId"));
        assertThat(OrganizationApi.total()).isEqualTo(before);
    }

    @Test
    void aBlankOrTooLongNameIsRefusedNamingName() {
        long[] tree = OrganizationApi.cityWithTownship();
        long before = OrganizationApi.total();

        assertValidationProblem(OrganizationApi.post(body("   ", "VILLAGE_GROUP", tree[1])), "name");
        assertValidationProblem(OrganizationApi.post(body("村".repeat(200), "VILLAGE_GROUP", tree[1])), "name");
        assertValidationProblem(OrganizationApi.post(body(null, "VILLAGE_GROUP", tree[1])), "name");

        assertThat(OrganizationApi.total()).isEqualTo(before);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        long[] tree = OrganizationApi.cityWithTownship();
        Map<String, Object> bad = body("", null, tree[1]);
        bad.put("regionCode", "12ab");
        bad.put("establishedOn", "2999-01-01");
        OrganizationApi.post(bad).statusCode(400)
                .body("errors.field", contains("establishedOn", "name", "regionCode", "type"));
    }

    @Tag("V1")
    @Test
    void anUnknownTypeOrAMalformedDateInTheBodyIsRefusedNamingTheField() {
        long[] tree = OrganizationApi.cityWithTownship();
        long before = OrganizationApi.total();
        assertValidationProblem(OrganizationApi.post(body(unique("村"), "HAMLET", tree[1])), "type");
        Map<String, Object> badDate = body(unique("村"), "VILLAGE_GROUP", tree[1]);
        badDate.put("establishedOn", "2016-13-45");
        assertValidationProblem(OrganizationApi.post(badDate), "establishedOn");
        assertThat(OrganizationApi.total()).isEqualTo(before);
    }

    @Tag("V4")
    @Test
    void unreadableJsonIsAProblemWithoutInternals() {
        given().contentType(ContentType.JSON).body("{\"name\": }").when().post(BASE).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:malformed-request"))
                .body(not(org.hamcrest.Matchers.containsString("Exception")))
                .body(not(org.hamcrest.Matchers.containsString("jackson")));
    }

    @Tag("R1")
    @Test
    void aStaleIfMatchIs412AndWritesNothing() {
        long[] tree = OrganizationApi.cityWithTownship();
        String stale = etag(tree[1]);
        given().contentType(ContentType.JSON).header("If-Match", stale)
                .body(Map.of("name", unique("第一次修改"), "type", "TOWNSHIP_COMMITTEE"))
                .when().put(BASE + "/" + tree[1]).then().statusCode(200);
        String nameAfterFirst = OrganizationApi.get(tree[1]).extract().jsonPath().getString("name");

        given().contentType(ContentType.JSON).header("If-Match", stale)
                .body(Map.of("name", unique("迟到的修改"), "type", "TOWNSHIP_COMMITTEE"))
                .when().put(BASE + "/" + tree[1]).then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", stale).body(Map.of("parentId", tree[0]))
                .when().post(BASE + "/" + tree[1] + "/dissolve").then().statusCode(412);

        OrganizationApi.get(tree[1]).body("name", equalTo(nameAfterFirst)).body("version", equalTo(1))
                .body("status", equalTo("ACTIVE"));
    }

    @Tag("R1")
    @Test
    void aMissingIfMatchIs428AndWritesNothing() {
        long[] tree = OrganizationApi.cityWithTownship();
        String name = OrganizationApi.get(tree[1]).extract().jsonPath().getString("name");

        given().contentType(ContentType.JSON)
                .body(Map.of("name", unique("未读先改"), "type", "TOWNSHIP_COMMITTEE"))
                .when().put(BASE + "/" + tree[1]).then().statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:precondition-required"));
        long[] other = OrganizationApi.cityWithTownship();
        given().contentType(ContentType.JSON).body(Map.of("parentId", other[0]))
                .when().post(BASE + "/" + tree[1] + "/move").then().statusCode(428);

        OrganizationApi.get(tree[1]).body("name", equalTo(name)).body("version", equalTo(0))
                .body("parentId", equalTo((int) tree[0]));
    }

    @Test
    void aGarbledIfMatchIsRefusedNamingTheHeader() {
        long[] tree = OrganizationApi.cityWithTownship();
        given().contentType(ContentType.JSON).header("If-Match", "\"abc\"")
                .body(Map.of("name", unique("乡"), "type", "TOWNSHIP_COMMITTEE"))
                .when().put(BASE + "/" + tree[1]).then().statusCode(400).body("errors.field", hasItem("If-Match"));
    }

    @Test
    void movingUnderItsOwnSubtreeIsRefusedAndLeavesTheTreeAsItWas() {
        long province = create(unique("省关工委"), "CITY_COMMITTEE", null);
        long city = create(unique("市关工委"), "CITY_COMMITTEE", province);

        given().contentType(ContentType.JSON).header("If-Match", etag(province)).body(Map.of("parentId", city))
                .when().post(BASE + "/" + province + "/move").then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
        given().contentType(ContentType.JSON).header("If-Match", etag(province)).body(Map.of("parentId", province))
                .when().post(BASE + "/" + province + "/move").then().statusCode(400);

        OrganizationApi.get(province).body("parentId", equalTo(null)).body("depth", equalTo(0));
        OrganizationApi.get(city).body("depth", equalTo(1));
    }

    @Test
    void aTypeChangeThatNoLongerFitsTheChildrenIsRefusedNamingType() {
        long[] tree = OrganizationApi.cityWithTownship();
        create(unique("村关工小组"), "VILLAGE_GROUP", tree[1]);
        given().contentType(ContentType.JSON).header("If-Match", etag(tree[1]))
                .body(Map.of("name", unique("乡"), "type", "SCHOOL_GROUP"))
                .when().put(BASE + "/" + tree[1]).then().statusCode(400).body("errors.field", hasItem("type"));
        OrganizationApi.get(tree[1]).body("type", equalTo("TOWNSHIP_COMMITTEE"));
    }

    @Test
    void anUnknownOrganizationIs404() {
        OrganizationApi.get(987_654_321L).statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:not-found"));
        given().when().get(BASE + "/987654321/children").then().statusCode(404);
        given().when().get(BASE + "/987654321/subtree").then().statusCode(404);
        given().queryParam("within", 987_654_321L).when().get(BASE).then().statusCode(404);
    }

    @Tag("V3")
    @Tag("V2")
    @Test
    void badPagingSortingAndFiltersAreRefusedNamingTheParameter() {
        given().queryParam("size", 500).when().get(BASE).then().statusCode(400).body("errors.field", hasItem("size"));
        given().queryParam("page", -1).when().get(BASE).then().statusCode(400).body("errors.field", hasItem("page"));
        given().queryParam("sort", "password,asc").when().get(BASE).then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("sort", "name;drop table organization").when().get(BASE).then().statusCode(400);
        given().queryParam("type", "HAMLET").when().get(BASE).then().statusCode(400)
                .body("errors.field", hasItem("type"));
    }

    @Test
    void problemsSpeakTheCallersLanguage() {
        given().header("Accept-Language", "en").when().get(BASE + "/987654321").then().statusCode(404)
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No organization with id 987654321."));
        given().header("Accept-Language", "zh-CN").when().get(BASE + "/987654321").then().statusCode(404)
                .body("title", equalTo("未找到"));
    }

    @Test
    void validationMessagesSpeakTheCallersLanguage() {
        long[] tree = OrganizationApi.cityWithTownship();
        Map<String, Object> bad = body(unique("村"), "VILLAGE_GROUP", tree[1]);
        bad.put("regionCode", "12ab");
        given().header("Accept-Language", "zh-CN").contentType(ContentType.JSON).body(bad).post(BASE).then()
                .statusCode(400).body("errors[0].message", equalTo("区划代码须为 6–12 位数字"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(bad).post(BASE).then()
                .statusCode(400).body("errors[0].message", equalTo("A region code has 6 to 12 digits"));
    }
}
