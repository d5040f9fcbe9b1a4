package cn.xinhuo.volunteer;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A township admin's export holds only its subtree, masked, and is in the audit log (demo data). */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class VolunteerExportTest {

    private RequestSpecification xingan;

    @BeforeEach
    void logIn() {
        RestAssured.requestSpecification = null;
        xingan = Auth.as(Auth.login("xingan-admin", "Xinhuo@2016"));
    }

    private static List<Row> rows(byte[] xlsx) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    @Tag("Z1")
    @Tag("Z3")
    @Test
    void aTownshipAdminsExportHoldsOnlyItsSubtreeMasked() throws IOException {
        byte[] xlsx = given().spec(xingan).get("/api/v1/volunteers/export").then().statusCode(200)
                .contentType(VolunteerExport.MEDIA_TYPE).extract().asByteArray();
        List<Row> rows = rows(xlsx);
        long total = given().spec(xingan).queryParam("size", 1).get("/api/v1/volunteers").then()
                .extract().jsonPath().getLong("total");
        assertThat(rows).hasSize((int) total + 1);
        assertThat(rows.get(0).getCellText(1)).isEqualTo("姓名");

        Set<String> xinganOrganizations = given().spec(xingan).queryParam("size", 200)
                .get("/api/v1/organizations/" + given().spec(xingan).get("/api/v1/organizations/roots").then()
                        .extract().jsonPath().getLong("[0].id") + "/subtree")
                .then().extract().jsonPath().getList("items.name", String.class).stream().collect(Collectors.toSet());
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            assertThat(xinganOrganizations).contains(row.getCellText(16));
            String idCard = row.getCellText(6);
            assertThat(idCard == null || idCard.isEmpty() || idCard.contains("*")).isTrue();
        });
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.getCellText(1))).contains("冯林");

        given().spec(Auth.as(Auth.root())).queryParam("event", "VOLUNTEER_EXPORT").queryParam("actor", "xingan-admin")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].detail", org.hamcrest.Matchers.startsWith(total + " rows"));
    }

    @Tag("Z1")
    @Test
    void anExportOfAnotherSubtreeIs404AndFiltersApply() throws IOException {
        long tuanjie = given().spec(Auth.as(Auth.root())).queryParam("q", "团结镇关工委").get("/api/v1/organizations")
                .then().extract().jsonPath().getLong("items[0].id");
        given().spec(xingan).queryParam("within", tuanjie).get("/api/v1/volunteers/export").then().statusCode(404)
                .contentType("application/problem+json");
        byte[] urban = given().spec(xingan).queryParam("residence", "URBAN").get("/api/v1/volunteers/export")
                .then().statusCode(200).extract().asByteArray();
        List<Row> urbanRows = rows(urban);
        assertThat(urbanRows.subList(1, urbanRows.size())).extracting(r -> r.getCellText(8)).containsOnly("城镇");
        given().spec(xingan).queryParam("residence", "MOON").get("/api/v1/volunteers/export").then().statusCode(400)
                .body("errors[0].field", equalTo("residence"));
    }

    /** V3: exports of the register are limited to 10 a minute per user; the 11th is a 429 with Retry-After. */
    @Tag("V3")
    @Test
    void theEleventhExportOfAUserInAMinuteIs429WithRetryAfter() throws InterruptedException {
        long city = cn.xinhuo.support.Fixtures.organization("导出限速市", "CITY_COMMITTEE", null);
        RequestSpecification admin = Auth.as(Auth.newUser(city, "ORG_ADMIN"));
        // the limit counts per clock minute: start early in one, so the exports fall in a single window
        int second = java.time.LocalTime.now().getSecond();
        if (second > 40) {
            Thread.sleep((61L - second) * 1000);
        }
        for (int i = 0; i < 10; i++) {
            given().spec(admin).get("/api/v1/volunteers/export").then().statusCode(200);
        }
        given().spec(admin).get("/api/v1/volunteers/export").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?"));
        // another user is not held back by this one
        given().spec(Auth.as(Auth.newUser(city, "ORG_ADMIN"))).get("/api/v1/volunteers/export").then().statusCode(200);
    }
}
