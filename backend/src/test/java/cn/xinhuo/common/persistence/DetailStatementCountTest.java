package cn.xinhuo.common.persistence;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.Statements;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** One record is shown by the views of a page (a list of one): what it costs does not depend on what it holds. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DetailStatementCountTest {

    /** Logged in once: a login per test would run into the per-user login limit. */
    private static String token;

    @Inject
    SessionFactory sessions;

    private RequestSpecification cityAdmin;

    @BeforeEach
    void logIn() {
        RestAssured.requestSpecification = null;
        if (token == null) {
            token = Auth.login("city-admin", "Xinhuo@2016");
        }
        cityAdmin = Auth.as(token);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/trainings", "/api/v1/research-visits", "/api/v1/assessment-templates", "/api/v1/campaigns"})
    void everyRecordOfAPageCostsTheSame(String path) {
        List<Long> ids = given().spec(cityAdmin).queryParam("size", 20).get(path).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        Map<Long, Long> statements = new TreeMap<>();
        for (long id : ids) {
            statements.put(id, Statements.count(sessions, () -> given().spec(cityAdmin).get(path + "/" + id).then().statusCode(200)));
        }
        System.out.printf("STATEMENTS %s/{id} %s%n", path, statements);
        assertThat(ids).isNotEmpty();
        assertThat(statements.values()).as("statements for each record of %s", path).containsOnly(statements.get(ids.get(0)));
        assertThat(statements.get(ids.get(0))).as("statements for a record of %s", path).isLessThanOrEqualTo(8);
    }
}
