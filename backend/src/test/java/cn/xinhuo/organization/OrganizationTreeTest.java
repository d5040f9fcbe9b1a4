package cn.xinhuo.organization;

import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.xinhuo.organization.OrganizationApi.BASE;
import static cn.xinhuo.organization.OrganizationApi.create;
import static cn.xinhuo.organization.OrganizationApi.etag;
import static cn.xinhuo.organization.OrganizationApi.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class OrganizationTreeTest {

    @org.junit.jupiter.api.BeforeEach
    void logIn() {
        cn.xinhuo.support.Auth.actAsRoot();
    }

    @Test
    void aVillageGroupCreatedUnderATownshipAppearsAmongItsChildrenAndInTheSubtree() {
        long[] tree = OrganizationApi.cityWithTownship();
        String name = unique("钟山村关工小组");

        var response = OrganizationApi.post(OrganizationApi.body(name, "VILLAGE_GROUP", tree[1]))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("depth", equalTo(2))
                .body("status", equalTo("ACTIVE"))
                .extract();
        var created = response.jsonPath();
        assertThat(response.header("Location")).endsWith(BASE + "/" + created.getLong("id"));
        long village = created.getLong("id");
        assertThat(created.getString("name")).isEqualTo(name);

        given().when().get(BASE + "/" + tree[1] + "/children").then().statusCode(200)
                .body("name", hasItem(name));
        given().when().get(BASE + "/" + tree[0] + "/subtree").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", equalTo(List.of((int) tree[0], (int) tree[1], (int) village)))
                .body("items.depth", equalTo(List.of(0, 1, 2)));
        OrganizationApi.get(tree[1]).body("childCount", equalTo(1));
    }

    @Test
    void movingATownshipMovesItsWholeSubtreeAtOnce() {
        long[] from = OrganizationApi.cityWithTownship();
        long[] to = OrganizationApi.cityWithTownship();
        long village = create(unique("村关工小组"), "VILLAGE_GROUP", from[1]);

        given().contentType(ContentType.JSON).header("If-Match", etag(from[1]))
                .body(Map.of("parentId", to[0]))
                .when().post(BASE + "/" + from[1] + "/move")
                .then().statusCode(200)
                .body("parentId", equalTo((int) to[0]))
                .header("ETag", equalTo("\"1\""));

        given().when().get(BASE + "/" + to[0] + "/subtree").then().statusCode(200)
                .body("items.id", hasItem((int) village))
                .body("items.id", hasItem((int) from[1]));
        given().when().get(BASE + "/" + from[0] + "/subtree").then().statusCode(200)
                .body("items.id", not(hasItem((int) village)))
                .body("total", equalTo(1));
        given().queryParam("within", to[0]).queryParam("type", "VILLAGE_GROUP")
                .when().get(BASE).then().statusCode(200)
                .body("items.id", hasItem((int) village));
    }

    @Test
    void aCityCommitteeMovedUnderAHigherCommitteeDeepensItsWholeSubtree() {
        long province = create(unique("测试省关工委"), "CITY_COMMITTEE", null);
        long[] city = OrganizationApi.cityWithTownship();
        long village = create(unique("村关工小组"), "VILLAGE_GROUP", city[1]);

        given().contentType(ContentType.JSON).header("If-Match", etag(city[0]))
                .body(Map.of("parentId", province))
                .when().post(BASE + "/" + city[0] + "/move").then().statusCode(200).body("depth", equalTo(1));

        OrganizationApi.get(village).body("depth", equalTo(3));
        given().queryParam("size", 200).when().get(BASE + "/" + province + "/subtree").then()
                .body("total", equalTo(4));
    }

    @Test
    void searchFindsByPartOfTheNameWithinASubtreePagedAndSorted() {
        long[] tree = OrganizationApi.cityWithTownship();
        String tag = unique("检索");
        for (String village : List.of("丙村", "甲村", "乙村")) {
            create(tag + village + "关工小组", "VILLAGE_GROUP", tree[1]);
        }
        long[] other = OrganizationApi.cityWithTownship();
        create(tag + "外村关工小组", "VILLAGE_GROUP", other[1]);

        var page = given().queryParam("q", tag).queryParam("within", tree[0])
                .queryParam("size", 2).queryParam("sort", "name,desc")
                .when().get(BASE).then().statusCode(200)
                .body("total", equalTo(3))
                .body("size", equalTo(2))
                .extract().jsonPath();
        List<String> names = page.getList("items.name");
        assertThat(names).hasSize(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        given().queryParam("q", tag).queryParam("within", tree[0]).queryParam("size", 2).queryParam("page", 1)
                .when().get(BASE).then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void searchTreatsWildcardsInTheQueryAsPlainText() {
        long[] tree = OrganizationApi.cityWithTownship();
        create(unique("普通村关工小组"), "VILLAGE_GROUP", tree[1]);
        given().queryParam("q", "%").queryParam("within", tree[0])
                .when().get(BASE).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void dissolvingIsRefusedWhileActiveChildrenRemainAndThenKeepsTheRecord() {
        long[] tree = OrganizationApi.cityWithTownship();
        long village = create(unique("将撤村关工小组"), "VILLAGE_GROUP", tree[1]);

        given().contentType(ContentType.JSON).header("If-Match", etag(tree[1])).body(Map.of())
                .when().post(BASE + "/" + tree[1] + "/dissolve").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:xinhuo:problem:conflict"));

        given().contentType(ContentType.JSON).header("If-Match", etag(village))
                .body(Map.of("dissolvedOn", "2016-06-30", "reason", "撤村并组"))
                .when().post(BASE + "/" + village + "/dissolve").then().statusCode(200)
                .body("status", equalTo("DISSOLVED"))
                .body("dissolvedOn", equalTo("2016-06-30"));

        OrganizationApi.get(village).body("status", equalTo("DISSOLVED"));
        given().contentType(ContentType.JSON).header("If-Match", etag(village))
                .body(Map.of("name", "改名", "type", "VILLAGE_GROUP"))
                .when().put(BASE + "/" + village).then().statusCode(409);
        OrganizationApi.post(OrganizationApi.body(unique("村"), "VILLAGE_GROUP", village)).statusCode(400)
                .body("errors.field", hasItem("parentId"));
    }

    @Test
    void updateChangesTheFieldsAndBumpsTheVersion() {
        long[] tree = OrganizationApi.cityWithTownship();
        String name = unique("新名字乡关工委");
        given().contentType(ContentType.JSON).header("If-Match", etag(tree[1]))
                .body(Map.of("name", name, "type", "TOWNSHIP_COMMITTEE", "regionCode", "231182203",
                        "address", "兴安乡政府", "establishedOn", "2009-05-01"))
                .when().put(BASE + "/" + tree[1]).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo(name))
                .body("regionCode", equalTo("231182203"))
                .body("version", equalTo(1));
        OrganizationApi.get(tree[1]).body("address", equalTo("兴安乡政府"));
    }
}
