package cn.xinhuo.security;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.OpenApiContract;
import cn.xinhuo.support.OpenApiContract.Operation;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.RequestSynthesizer;
import cn.xinhuo.support.RequestSynthesizer.Request;
import cn.xinhuo.support.ResourceMethods;
import cn.xinhuo.support.ResourceMethods.Endpoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of openapi.yaml × every role × a target in the caller's own subtree, in a
 * sibling subtree and in the parent: only what the role may do inside its subtree succeeds;
 * everything else is 403 (function) or 404 (place), and nothing is written.
 *
 * <p>Nothing here names an operation. The permission an operation needs is read from its resource
 * method ({@link Requires}, else its class's; {@link PublicApi} and {@link AuthenticatedOnly}
 * operations are about the caller itself and stay out). The request is synthesized from the
 * contract by {@link RequestSynthesizer}: records in the path made at the place, the place in
 * {@code within}/{@code organizationId}, bodies from their schemas (business rules in
 * {@code RequestHints}). An operation that depends on no place runs at OWN only. What the test
 * states itself is {@link #MAY}: what each role may do.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("Z1")
@Tag("Z2")
@Tag("Z5")
class AccessControlMatrixTest {

    /** What each role may do, as the issue states it (independent of the production table). */
    private static final Set<String> ADMIN = Set.of("ORGANIZATION_READ", "ORGANIZATION_WRITE", "USER_READ", "USER_WRITE",
            "AUDIT_READ", "API_KEY_MANAGE", "VOLUNTEER_READ", "VOLUNTEER_WRITE", "PERSONAL_DATA_VIEW", "HONOR_WRITE",
            "PAIR_READ", "PAIR_WRITE", "ACTIVITY_RECORD", "ASSESSMENT_READ", "ASSESSMENT_WRITE", "ASSESSMENT_MANAGE");
    private static final Map<String, Set<String>> MAY = Map.of(
            "SYSTEM_ADMIN", union(ADMIN, "ELIGIBILITY_RULE_MANAGE"),
            "ORG_ADMIN", ADMIN,
            // a group leader enters and edits the records of its own group, and records what its pairs did
            "GROUP_LEADER", Set.of("ORGANIZATION_READ", "VOLUNTEER_READ", "VOLUNTEER_WRITE", "PAIR_READ", "ACTIVITY_RECORD",
                    "ASSESSMENT_READ"),
            "VIEWER", Set.of("ORGANIZATION_READ", "VOLUNTEER_READ", "PAIR_READ", "ASSESSMENT_READ"),
            "INTEGRATION", Set.of("ORGANIZATION_READ", "VOLUNTEER_READ", "PAIR_READ", "ASSESSMENT_READ"),
            // integration clients calling with an API key bound to the township
            "API_KEY_READ_ONLY", Set.of("ORGANIZATION_READ", "VOLUNTEER_READ", "PAIR_READ", "ASSESSMENT_READ"),
            "API_KEY_READ_WRITE", Set.of("ORGANIZATION_READ", "ORGANIZATION_WRITE", "VOLUNTEER_READ", "VOLUNTEER_WRITE",
                    "PAIR_READ", "PAIR_WRITE", "ACTIVITY_RECORD", "ASSESSMENT_READ", "ASSESSMENT_WRITE"));

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    enum Place { OWN, SIBLING, PARENT }

    /**
     * One operation of the contract as the matrix runs it: the resource method behind it, the
     * permission that needs, whether its request aims at a place, and what keeps it from being
     * derived (empty when it can be).
     */
    record Row(Operation operation, Endpoint endpoint, String permission, boolean placed, List<String> problems) {

        boolean selfService() {
            return endpoint != null && endpoint.selfService();
        }
    }

    /** city ⊃ township1 ⊃ {village1, village1b}; city ⊃ township2 ⊃ village2. */
    private static long city, township1, township2, village1, village1b;
    private static final Map<String, RequestSpecification> callers = new HashMap<>();
    private static final Map<String, Map<Place, Long>> places = new HashMap<>();

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        if (city != 0) {
            return;
        }
        city = Fixtures.organization("矩阵市", "CITY_COMMITTEE", null);
        township1 = Fixtures.organization("矩阵一乡", "TOWNSHIP_COMMITTEE", city);
        township2 = Fixtures.organization("矩阵二乡", "TOWNSHIP_COMMITTEE", city);
        village1 = Fixtures.organization("矩阵一村", "VILLAGE_GROUP", township1);
        village1b = Fixtures.organization("矩阵一乙村", "VILLAGE_GROUP", township1);
        Fixtures.organization("矩阵二村", "VILLAGE_GROUP", township2);

        callers.put("SYSTEM_ADMIN", Auth.as(Auth.root()));
        places.put("SYSTEM_ADMIN", Map.of(Place.OWN, township1, Place.SIBLING, township2, Place.PARENT, city));
        for (String role : List.of("ORG_ADMIN", "VIEWER", "INTEGRATION")) {
            callers.put(role, Auth.as(Auth.newUser(township1, role)));
            places.put(role, Map.of(Place.OWN, township1, Place.SIBLING, township2, Place.PARENT, city));
        }
        for (String access : List.of("READ_ONLY", "READ_WRITE")) {
            callers.put("API_KEY_" + access, Auth.withApiKey(Auth.newApiKey(township1, access)));
            places.put("API_KEY_" + access, Map.of(Place.OWN, township1, Place.SIBLING, township2, Place.PARENT, city));
        }
        callers.put("GROUP_LEADER", Auth.as(Auth.newUser(village1, "GROUP_LEADER")));
        places.put("GROUP_LEADER", Map.of(Place.OWN, village1, Place.SIBLING, village1b, Place.PARENT, township1));
    }

    /** Every operation of the contract, derived: resource method, permission, place, request. */
    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<Endpoint> endpoints = ResourceMethods.all();
        for (Operation op : OpenApiContract.load().operations()) {
            List<String> problems = new ArrayList<>();
            Endpoint endpoint = op.id() == null ? null : endpoints.stream()
                    .filter(e -> op.id().equals(e.operationId())).findFirst().orElse(null);
            if (op.id() == null) {
                problems.add(op + ": the contract gives it no operationId");
            } else if (endpoint == null) {
                Endpoint samePath = endpoints.stream()
                        .filter(e -> e.httpMethod().equals(op.method()) && e.path().equals(op.path())).findFirst()
                        .orElse(null);
                problems.add(op + ": no resource method under cn.xinhuo has @Operation(operationId = \"" + op.id()
                        + "\")" + (samePath == null ? "" : "; " + samePath + " serves that path"));
            } else if (!endpoint.httpMethod().equals(op.method()) || !endpoint.path().equals(op.path())) {
                problems.add(op + ": its resource method " + endpoint + " answers another method or path");
            }
            if (endpoint != null && endpoint.selfService()) {
                rows.add(new Row(op, endpoint, null, false, problems));
                continue;
            }
            String permission = null;
            if (endpoint != null && endpoint.permission() == null) {
                problems.add(op + ": " + endpoint.javaName() + " has neither @Requires (on it or its class) nor"
                        + " @PublicApi/@AuthenticatedOnly");
            } else if (endpoint != null) {
                permission = endpoint.permission().name();
            }
            var plan = RequestSynthesizer.plan(op);
            problems.addAll(plan.problems().stream().map(p -> op.id() + ": " + p).toList());
            rows.add(new Row(op, endpoint, permission, plan.placed(), problems));
        }
        return rows;
    }

    @Test
    void everyOperationOfTheContractIsInTheMatrix() {
        List<Row> rows = rows();
        assertThat(rows.stream().flatMap(r -> r.problems().stream()))
                .as("operations of openapi.yaml the access matrix cannot derive a row for").isEmpty();
        assertThat(rows).as("operations the matrix runs").filteredOn(r -> !r.selfService()).hasSizeGreaterThan(10);
    }

    @Test
    void everyResourceMethodIsInTheContract() {
        Set<String> inContract = new HashSet<>();
        OpenApiContract.load().operations().forEach(o -> inContract.add(o.method() + " " + o.path()));
        List<String> missing = ResourceMethods.all().stream()
                .filter(e -> !inContract.contains(e.httpMethod() + " " + e.path())).map(Endpoint::toString).toList();
        assertThat(missing).as("resource methods the contract (and so the access matrix) does not know").isEmpty();
        assertThat(ResourceMethods.all()).as("resource methods found by reflection").hasSizeGreaterThan(10);
    }

    @TestFactory
    Stream<DynamicTest> onlyWhatTheRoleMayDoInsideItsSubtreeSucceeds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            String operation = row.operation().id();
            if (row.selfService()) {
                continue;
            }
            if (!row.problems().isEmpty()) {
                tests.add(DynamicTest.dynamicTest(operation + " cannot be derived", () -> {
                    throw new AssertionError(String.join("\n", row.problems()));
                }));
                continue;
            }
            for (String role : MAY.keySet()) {
                for (Place place : row.placed() ? List.of(Place.values()) : List.of(Place.OWN)) {
                    tests.add(DynamicTest.dynamicTest(operation + " as " + role + " on " + place,
                            () -> check(row, role, place)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Row row, String role, Place place) {
        String operation = row.operation().id();
        boolean permitted = MAY.get(role).contains(row.permission());
        boolean inScope = place == Place.OWN || role.equals("SYSTEM_ADMIN");
        long target = places.get(role).get(place);
        Request request = RequestSynthesizer.prepare(row.operation(), target);
        String before = Database.fingerprint();
        Response response = request.send(callers.get(role));
        int status = response.statusCode();
        java.util.function.Supplier<String> scenario = () -> operation + " (needs " + row.permission() + ") as " + role
                + " on " + place + ": " + request + " → " + status + " " + abbreviated(response);
        if (!permitted) {
            assertThat(status).as(scenario).isEqualTo(403);
        } else if (!inScope) {
            assertThat(status).as(scenario).isEqualTo(404);
        } else {
            assertThat(status).as(scenario).isBetween(200, 299);
        }
        if (status >= 400) {
            assertThat(response.contentType()).as(scenario).startsWith("application/problem+json");
            assertThat(Database.fingerprint()).as("a refused " + operation + " wrote something").isEqualTo(before);
        }
    }

    private static String abbreviated(Response response) {
        String type = response.contentType() == null ? "" : response.contentType();
        if (!type.contains("json") && !type.startsWith("text/")) {
            return type;
        }
        String body = response.asString();
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
