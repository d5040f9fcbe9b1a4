package cn.xinhuo.security;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.SyntheticPeople;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of openapi.yaml × every role × a target in the caller's own subtree, in a
 * sibling subtree and in the parent: only what the role may do inside its subtree succeeds;
 * everything else is 403 (function) or 404 (place), and nothing is written. The operations are
 * read from the contract itself, so a new endpoint without a row here fails the build.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class AccessControlMatrixTest {

    private static final String ORGS = "/api/v1/organizations";
    private static final String USERS = "/api/v1/users";
    private static final String VOLUNTEERS = "/api/v1/volunteers";
    private static final String TEAMS = "/api/v1/teams";
    private static final String HONORS = "/api/v1/honors";

    /** Operations about the caller itself, open to any login (or none): not subject to scope. */
    private static final Set<String> SELF_SERVICE = Set.of("login", "logout", "refreshToken", "getMe", "changePassword",
            "setUpTotp", "enableTotp", "disableTotp");

    /** What each role may do, as the issue states it (independent of the production table). */
    private static final Set<String> ADMIN = Set.of("ORGANIZATION_READ", "ORGANIZATION_WRITE", "USER_READ", "USER_WRITE",
            "AUDIT_READ", "API_KEY_MANAGE", "VOLUNTEER_READ", "VOLUNTEER_WRITE", "PERSONAL_DATA_VIEW", "HONOR_WRITE");
    private static final Map<String, Set<String>> MAY = Map.of(
            "SYSTEM_ADMIN", union(ADMIN, "ELIGIBILITY_RULE_MANAGE"),
            "ORG_ADMIN", ADMIN,
            // a group leader enters and edits the records of its own group
            "GROUP_LEADER", Set.of("ORGANIZATION_READ", "VOLUNTEER_READ", "VOLUNTEER_WRITE"),
            "VIEWER", Set.of("ORGANIZATION_READ", "VOLUNTEER_READ"),
            "INTEGRATION", Set.of("ORGANIZATION_READ", "VOLUNTEER_READ"),
            // integration clients calling with an API key bound to the township
            "API_KEY_READ_ONLY", Set.of("ORGANIZATION_READ", "VOLUNTEER_READ"),
            "API_KEY_READ_WRITE", Set.of("ORGANIZATION_READ", "ORGANIZATION_WRITE", "VOLUNTEER_READ", "VOLUNTEER_WRITE"));

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    enum Place { OWN, SIBLING, PARENT }

    /**
     * One operation: the permission it needs, whether it aims at a place, and how to call it
     * there. {@code prepare} makes the fixtures it needs (as root) and returns the call itself, so
     * the "nothing written" fingerprint is taken between the two.
     */
    record Op(String permission, boolean placed, Function<Long, Function<RequestSpecification, Response>> prepare) {
    }

    private static final Map<String, Op> OPS = new HashMap<>();
    /** city ⊃ township1 ⊃ {village1, village1b}; city ⊃ township2 ⊃ village2. */
    private static long city, township1, township2, village1, village1b;
    private static final Map<String, RequestSpecification> callers = new HashMap<>();
    private static final Map<String, Map<Place, Long>> places = new HashMap<>();
    private static final Map<Long, Long> userAt = new HashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger RULE_DAYS = new java.util.concurrent.atomic.AtomicInteger();

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

        defineOperations();
    }

    private static void defineOperations() {
        OPS.put("searchOrganizations", new Op("ORGANIZATION_READ", true,
                place -> as -> given().spec(as).queryParam("within", place).get(ORGS)));
        OPS.put("listRootOrganizations", new Op("ORGANIZATION_READ", false,
                place -> as -> given().spec(as).get(ORGS + "/roots")));
        OPS.put("getOrganization", new Op("ORGANIZATION_READ", true,
                place -> as -> given().spec(as).get(ORGS + "/" + place)));
        OPS.put("listOrganizationChildren", new Op("ORGANIZATION_READ", true,
                place -> as -> given().spec(as).get(ORGS + "/" + place + "/children")));
        OPS.put("listOrganizationSubtree", new Op("ORGANIZATION_READ", true,
                place -> as -> given().spec(as).get(ORGS + "/" + place + "/subtree")));
        OPS.put("createOrganization", new Op("ORGANIZATION_WRITE", true,
                place -> {
                    long parent = schoolParent(place);
                    return as -> given().spec(as).contentType(ContentType.JSON)
                            .body(Map.of("name", Fixtures.unique("矩阵新校"), "type", "SCHOOL_GROUP", "parentId", parent))
                            .post(ORGS);
                }));
        OPS.put("updateOrganization", new Op("ORGANIZATION_WRITE", true, place -> {
            long target = freshSchool(place);
            String etag = etag(ORGS, target);
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("name", Fixtures.unique("矩阵改名"), "type", "SCHOOL_GROUP")).put(ORGS + "/" + target);
        }));
        OPS.put("moveOrganization", new Op("ORGANIZATION_WRITE", true, place -> {
            long target = freshSchool(place);
            String etag = etag(ORGS, target);
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("parentId", schoolParent(place))).post(ORGS + "/" + target + "/move");
        }));
        OPS.put("dissolveOrganization", new Op("ORGANIZATION_WRITE", true, place -> {
            long target = freshSchool(place);
            String etag = etag(ORGS, target);
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of()).post(ORGS + "/" + target + "/dissolve");
        }));
        OPS.put("searchUsers", new Op("USER_READ", true,
                place -> as -> given().spec(as).queryParam("organizationId", place).get(USERS)));
        OPS.put("getUser", new Op("USER_READ", true,
                place -> {
                    long target = userAt(place);
                    return as -> given().spec(as).get(USERS + "/" + target);
                }));
        OPS.put("createUser", new Op("USER_WRITE", true,
                place -> as -> given().spec(as).contentType(ContentType.JSON)
                        .body(Map.of("username", "m-" + UUID.randomUUID().toString().substring(0, 10),
                                "displayName", "矩阵用户", "organizationId", place, "roles", List.of("VIEWER"),
                                "initialPassword", Auth.initialPassword()))
                        .post(USERS)));
        OPS.put("updateUser", new Op("USER_WRITE", true, place -> {
            long target = userAt(place);
            String etag = etag(USERS, target);
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("displayName", "矩阵用户", "organizationId", place, "roles", List.of("VIEWER"),
                            "enabled", true))
                    .put(USERS + "/" + target);
        }));
        OPS.put("resetUserPassword", new Op("USER_WRITE", true, place -> {
            long target = userAt(place);
            String etag = etag(USERS, target);
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("newPassword", "Reset-Pass-2016!")).post(USERS + "/" + target + "/reset-password");
        }));
        OPS.put("resetUserTotp", new Op("USER_WRITE", true, place -> {
            long target = userAt(place);
            String etag = etag(USERS, target);
            return as -> given().spec(as).header("If-Match", etag).post(USERS + "/" + target + "/reset-totp");
        }));
        OPS.put("unlockUser", new Op("USER_WRITE", true, place -> {
            long target = userAt(place);
            String etag = etag(USERS, target);
            return as -> given().spec(as).header("If-Match", etag).post(USERS + "/" + target + "/unlock");
        }));
        OPS.put("searchApiKeys", new Op("API_KEY_MANAGE", true,
                place -> as -> given().spec(as).queryParam("organizationId", place).get("/api/v1/api-keys")));
        OPS.put("createApiKey", new Op("API_KEY_MANAGE", true,
                place -> as -> given().spec(as).contentType(ContentType.JSON)
                        .body(Map.of("name", Fixtures.unique("矩阵接口"), "organizationId", place, "access", "READ_ONLY"))
                        .post("/api/v1/api-keys")));
        OPS.put("revokeApiKey", new Op("API_KEY_MANAGE", true, place -> {
            long target = given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                    .body(Map.of("name", Fixtures.unique("矩阵接口"), "organizationId", place, "access", "READ_ONLY"))
                    .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getLong("apiKey.id");
            return as -> given().spec(as).header("If-Match", "\"0\"").post("/api/v1/api-keys/" + target + "/revoke");
        }));
        OPS.put("searchVolunteers", new Op("VOLUNTEER_READ", true,
                place -> as -> given().spec(as).queryParam("within", place).get(VOLUNTEERS)));
        OPS.put("getVolunteer", new Op("VOLUNTEER_READ", true, place -> {
            long target = volunteerAt(place);
            return as -> given().spec(as).get(VOLUNTEERS + "/" + target);
        }));
        OPS.put("listVolunteerStatusChanges", new Op("VOLUNTEER_READ", true, place -> {
            long target = volunteerAt(place);
            return as -> given().spec(as).get(VOLUNTEERS + "/" + target + "/status-changes");
        }));
        OPS.put("getVolunteerPersonalData", new Op("PERSONAL_DATA_VIEW", true, place -> {
            long target = volunteerAt(place);
            return as -> given().spec(as).get(VOLUNTEERS + "/" + target + "/personal-data");
        }));
        OPS.put("listEligibilityRules", new Op("VOLUNTEER_READ", false,
                place -> as -> given().spec(as).get(VOLUNTEERS + "/eligibility-rules")));
        OPS.put("createVolunteer", new Op("VOLUNTEER_WRITE", true, place -> {
            var body = SyntheticPeople.volunteer(Fixtures.unique("矩阵五老"), place);
            return as -> given().spec(as).contentType(ContentType.JSON).body(body).post(VOLUNTEERS);
        }));
        OPS.put("updateVolunteer", new Op("VOLUNTEER_WRITE", true, place -> {
            long target = volunteerAt(place);
            String etag = etag(VOLUNTEERS, target);
            var body = SyntheticPeople.volunteer(Fixtures.unique("矩阵改名"), place);
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                    .put(VOLUNTEERS + "/" + target);
        }));
        OPS.put("changeVolunteerStatus", new Op("VOLUNTEER_WRITE", true, place -> {
            long target = volunteerAt(place);
            String etag = etag(VOLUNTEERS, target);
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("status", "WORKING_AWAY", "changedOn", java.time.LocalDate.now().toString()))
                    .post(VOLUNTEERS + "/" + target + "/status-changes");
        }));
        OPS.put("exportVolunteers", new Op("VOLUNTEER_READ", true,
                place -> as -> given().spec(as).queryParam("within", place).get(VOLUNTEERS + "/export")));
        OPS.put("listVolunteersOutsideThreshold", new Op("VOLUNTEER_READ", false,
                place -> as -> given().spec(as).queryParam("residence", "RURAL").queryParam("gender", "FEMALE")
                        .queryParam("minAge", 55).get(VOLUNTEERS + "/eligibility-rules/outside")));
        OPS.put("addEligibilityRule", new Op("ELIGIBILITY_RULE_MANAGE", false, place -> {
            // a rule far in the future: it changes nothing today
            String day = java.time.LocalDate.of(2090, 1, 1).plusDays(RULE_DAYS.getAndIncrement()).toString();
            return as -> given().spec(as).contentType(ContentType.JSON)
                    .body(Map.of("residence", "URBAN", "gender", "MALE", "minAge", 60, "effectiveFrom", day))
                    .post(VOLUNTEERS + "/eligibility-rules");
        }));
        OPS.put("searchTeams", new Op("VOLUNTEER_READ", true,
                place -> as -> given().spec(as).queryParam("within", place).get(TEAMS)));
        OPS.put("summarizeTeams", new Op("VOLUNTEER_READ", true,
                place -> as -> given().spec(as).queryParam("within", place).get(TEAMS + "/summary")));
        OPS.put("getTeam", new Op("VOLUNTEER_READ", true, place -> {
            long target = teamAt(place);
            return as -> given().spec(as).get(TEAMS + "/" + target);
        }));
        OPS.put("listTeamMembers", new Op("VOLUNTEER_READ", true, place -> {
            long target = teamAt(place);
            return as -> given().spec(as).get(TEAMS + "/" + target + "/members");
        }));
        OPS.put("createTeam", new Op("VOLUNTEER_WRITE", true, place -> as -> given().spec(as).contentType(ContentType.JSON)
                .body(Map.of("organizationId", place, "type", "CARE", "name", "矩阵关爱团")).post(TEAMS)));
        OPS.put("updateTeam", new Op("VOLUNTEER_WRITE", true, place -> {
            long target = teamAt(place);
            String etag = etag(TEAMS, target);
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("organizationId", place, "type", "ART", "name", "矩阵艺术团")).put(TEAMS + "/" + target);
        }));
        OPS.put("addTeamMember", new Op("VOLUNTEER_WRITE", true, place -> {
            long target = teamAt(place);
            long person = volunteerAt(place);
            return as -> given().spec(as).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", person, "joinedOn", "2016-01-01")).post(TEAMS + "/" + target + "/members");
        }));
        OPS.put("leaveTeam", new Op("VOLUNTEER_WRITE", true, place -> {
            long target = teamAt(place);
            long membership = given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", volunteerAt(place), "joinedOn", "2016-01-01"))
                    .post(TEAMS + "/" + target + "/members").then().statusCode(201).extract().jsonPath().getLong("id");
            return as -> given().spec(as).contentType(ContentType.JSON).body(Map.of("leftOn", "2016-06-30"))
                    .post(TEAMS + "/" + target + "/members/" + membership + "/leave");
        }));
        OPS.put("searchHonors", new Op("VOLUNTEER_READ", true,
                place -> as -> given().spec(as).queryParam("within", place).get(HONORS)));
        OPS.put("summarizeHonors", new Op("VOLUNTEER_READ", true,
                place -> as -> given().spec(as).queryParam("within", place).get(HONORS + "/summary")));
        OPS.put("listMediaCoverage", new Op("VOLUNTEER_READ", true,
                place -> as -> given().spec(as).queryParam("within", place).get(HONORS + "/media-coverage")));
        OPS.put("getHonor", new Op("VOLUNTEER_READ", true, place -> {
            long target = honorAt(place);
            return as -> given().spec(as).get(HONORS + "/" + target);
        }));
        OPS.put("createHonor", new Op("HONOR_WRITE", true, place -> {
            long person = volunteerAt(place);
            return as -> given().spec(as).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", person, "level", "TOWNSHIP", "title", "优秀五老", "awardedOn", "2016-06-01"))
                    .post(HONORS);
        }));
        OPS.put("updateHonor", new Op("HONOR_WRITE", true, place -> {
            long target = honorAt(place);
            String etag = etag(HONORS, target);
            long person = given().spec(Auth.as(Auth.root())).get(HONORS + "/" + target).then().extract().jsonPath()
                    .getLong("volunteerId");
            return as -> given().spec(as).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("volunteerId", person, "level", "CITY_COMMITTEE", "title", "优秀五老", "awardedOn", "2016-06-01"))
                    .put(HONORS + "/" + target);
        }));
        OPS.put("addMediaCoverage", new Op("HONOR_WRITE", true, place -> {
            long person = volunteerAt(place);
            return as -> given().spec(as).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", person, "outlet", "五大连池市电视台", "coveredOn", "2016-05-01",
                            "title", "五老风采"))
                    .post(HONORS + "/media-coverage");
        }));
        OPS.put("searchAuditEvents", new Op("AUDIT_READ", false,
                place -> as -> given().spec(as).get("/api/v1/audit-events")));
    }

    @Test
    void everyOperationOfTheContractIsInTheMatrix() throws IOException {
        Set<String> inContract = contractOperations();
        Set<String> covered = new TreeSet<>(OPS.keySet());
        covered.addAll(SELF_SERVICE);
        assertThat(covered).as("operations of openapi.yaml without a row in the access matrix")
                .containsAll(inContract);
        assertThat(inContract).as("matrix rows for operations the contract no longer has").containsAll(covered);
    }

    @TestFactory
    Stream<DynamicTest> onlyWhatTheRoleMayDoInsideItsSubtreeSucceeds() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String operation : contractOperations()) {
            Op op = OPS.get(operation);
            if (op == null) {
                continue; // self-service, or reported by the coverage test above
            }
            for (String role : MAY.keySet()) {
                for (Place place : op.placed() ? List.of(Place.values()) : List.of(Place.OWN)) {
                    tests.add(DynamicTest.dynamicTest(operation + " as " + role + " on " + place,
                            () -> check(operation, op, role, place)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(String operation, Op op, String role, Place place) {
        boolean permitted = MAY.get(role).contains(op.permission());
        boolean inScope = place == Place.OWN || role.equals("SYSTEM_ADMIN");
        long target = places.get(role).get(place);
        var call = op.prepare().apply(target);
        String before = Database.fingerprint();
        Response response = call.apply(callers.get(role));
        int status = response.statusCode();
        if (!permitted) {
            assertThat(status).as(operation + " as " + role + ": " + response.asString()).isEqualTo(403);
        } else if (!inScope) {
            assertThat(status).as(operation + " as " + role + " on " + place + ": " + response.asString()).isEqualTo(404);
        } else {
            assertThat(status).as(operation + " as " + role + " on " + place + ": " + response.asString())
                    .isBetween(200, 299);
        }
        if (status >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(Database.fingerprint()).as("a refused " + operation + " wrote something").isEqualTo(before);
        }
    }

    private static Set<String> contractOperations() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        Set<String> ids = new TreeSet<>();
        contract.get("paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId")) {
                ids.add(operation.get("operationId").asText());
            }
        }));
        return ids;
    }

    // ---- fixtures, always made by the system administrator --------------------------------------

    /** Schools may sit under a township or a city; under a village place, use its township. */
    private static long schoolParent(long place) {
        return place == village1 || place == village1b ? township1 : place;
    }

    private static long freshSchool(long place) {
        return Fixtures.organization("矩阵校", "SCHOOL_GROUP", schoolParent(place));
    }

    private static synchronized long userAt(long place) {
        return userAt.computeIfAbsent(place, p -> Auth.createUser("m-" + UUID.randomUUID().toString().substring(0, 10),
                p, "VIEWER"));
    }

    /** A fresh volunteer at the place (fresh, since a write may leave it changed). */
    private static long volunteerAt(long place) {
        return given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer(Fixtures.unique("矩阵五老"), place)).post(VOLUNTEERS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long honorAt(long place) {
        return given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteerAt(place), "level", "TOWNSHIP", "title", "优秀五老",
                        "awardedOn", "2016-06-01"))
                .post(HONORS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long teamAt(long place) {
        return given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON)
                .body(Map.of("organizationId", place, "type", "CARE", "name", Fixtures.unique("矩阵团"))).post(TEAMS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(String base, long id) {
        return given().spec(Auth.as(Auth.root())).get(base + "/" + id).then().statusCode(200).extract().header("ETag");
    }
}
