package cn.xinhuo.common;

import cn.xinhuo.support.Database;
import cn.xinhuo.support.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class OperationsTest {

    @Test
    void livenessAndReadinessAreUpWithTheDatabaseChecked() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    /** V3: every statement of the application's connections is cut off after 15 seconds. */
    @Tag("V3")
    @Test
    void theApplicationsConnectionsHaveAStatementTimeout() {
        assertThat(Database.count(
                "select extract(epoch from current_setting('statement_timeout')::interval)::bigint")).isEqualTo(15);
    }

    /** The triggers' statements reuse their plans (V24): planned again at every firing, writes took half as long again. */
    @Test
    void everyTriggerFunctionPlansAsPostgresqlDoesByDefault() {
        assertThat(Database.count(
                "select count(distinct tgfoid) from pg_trigger where not tgisinternal")).isGreaterThan(10);
        assertThat(Database.count("select count(*) from pg_proc p"
                + " where p.oid in (select tgfoid from pg_trigger where not tgisinternal)"
                + " and not coalesce('plan_cache_mode=auto' = any(p.proconfig), false)")).isZero();
    }

    /** Each statement is planned with its values, never with the generic plan a prepared statement falls to after five runs. */
    @Test
    void theApplicationsConnectionsPlanEveryStatementWithItsValues() {
        assertThat(Database.count(
                "select (current_setting('plan_cache_mode') = 'force_custom_plan')::int")).isEqualTo(1);
    }
}
