package cn.xinhuo.support;

import cn.xinhuo.organization.OrganizationHierarchyPolicy;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.support.OpenApiContract.Operation;
import cn.xinhuo.support.RequestSynthesizer.Created;
import cn.xinhuo.support.RequestSynthesizer.Read;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What {@link RequestSynthesizer} cannot read from the contract: business rules a valid request
 * must respect. Keyed by schema name, collection or media type — never by operation — so a new
 * operation on a known kind of record needs nothing here.
 */
public final class RequestHints {

    private RequestHints() {
    }

    /** What a hint may ask of the synthesis. */
    public interface Context {

        /** The organization the request aims at. */
        long place();

        /** Whether a server is there (false while planning: read gives null, nothing is made). */
        boolean live();

        /** GET as the system administrator; null while planning. */
        Read read(String path);

        /** Makes one record of the collection by its own POST, its path parameters bound. */
        Created makeByPost(String collection, Map<String, Object> bound);

        String unique(String prefix);

        /** Fails (at once when live), naming what is missing. */
        void problem(String message);
    }

    /** Adjusts a body synthesized from its schema. */
    @FunctionalInterface
    public interface BodyHint {
        Map<String, Object> adjust(Map<String, Object> body, Context context);
    }

    /** Makes one record of a collection at the place. */
    @FunctionalInterface
    public interface Factory {
        Created make(Context context, String collection, Map<String, Object> bound);
    }

    /** Makes a request body of a media type other than JSON. */
    @FunctionalInterface
    public interface MediaBody {
        Object make(Context context, Operation operation);
    }

    /** Parameters and properties that name the place itself. */
    public static final Set<String> PLACE = Set.of("within", "organizationId", "parentId", "orgId");

    /** References whose name does not say their collection ({@code fooId} is a record of {@code …/foos}). */
    public static final Map<String, String> REFERENCES = Map.of(
            "leaderId", "/api/v1/volunteers",
            "templateId", "/api/v1/assessment-templates");

    public static boolean isReference(String name) {
        return PLACE.contains(name) || REFERENCES.containsKey(name) || name.length() > 2 && name.endsWith("Id");
    }

    /** Values of a schema wherever it is used, when its first enum value will not do. */
    public static final Map<String, Function<Context, Object>> VALUES = Map.of(
            // the first role is SYSTEM_ADMIN, which no organization administrator may grant
            "Role", c -> "VIEWER");

    private static final AtomicInteger RULE_DAYS = new AtomicInteger();

    /** Bodies whose validity depends on business rules, by schema name. */
    public static final Map<String, BodyHint> BODIES = Map.ofEntries(
            // a small score sheet whose items add up (ScoringPolicy)
            Map.entry("AssessmentTemplateForm", (body, c) -> {
                body.put("kind", "FIVE_GOOD");
                body.put("name", c.unique("矩阵评分表"));
                body.put("criteria", java.util.List.of(Map.of("title", "领导班子建设好", "maxPoints", 20, "items",
                        java.util.List.of(Map.of("code", "1.1", "title", "班子健全", "maxPoints", 5)))));
                body.put("passTotal", 3);
                body.remove("passPerCriterion");
                return body;
            }),
            // nothing scored yet: a draft
            Map.entry("EvaluationForm", (body, c) -> {
                body.put("scores", java.util.List.of());
                return body;
            }),
            // a new organization of the place with a passing, confirmed 五好 evaluation: a title it may be awarded
            Map.entry("AwardForm", (body, c) -> {
                long place = c.place();
                if (!c.live()) {
                    return body;
                }
                // a group (nothing may sit under it) is awarded itself
                long organization = childType(c, place).isPresent() ? c.makeByPost("/api/v1/organizations", Map.of()).id() : place;
                long sheet = c.makeByPost("/api/v1/assessment-templates", Map.of()).id();
                var root = Auth.as(Auth.root());
                long evaluation = io.restassured.RestAssured.given().spec(root).contentType("application/json")
                        .body(Map.of("organizationId", organization, "templateId", sheet, "kind", "SPOT_CHECK",
                                "evaluatedOn", "2016-05-18", "scores", java.util.List.of(Map.of("code", "1.1", "score", 5))))
                        .post("/api/v1/evaluations").then().statusCode(201).extract().jsonPath().getLong("id");
                for (String step : java.util.List.of("SUBMITTED", "CONFIRMED")) {
                    String etag = io.restassured.RestAssured.given().spec(root).get("/api/v1/evaluations/" + evaluation)
                            .then().extract().header("ETag");
                    io.restassured.RestAssured.given().spec(root).contentType("application/json").header("If-Match", etag)
                            .body(Map.of("status", step)).post("/api/v1/evaluations/" + evaluation + "/steps")
                            .then().statusCode(200);
                }
                body.put("organizationId", organization);
                body.put("kind", "AWARDED");
                body.put("occurredOn", "2016-06-01");
                body.put("evaluationId", evaluation);
                return body;
            }),
            // a plan of the place without targets (a target's type must be one that enrols)
            Map.entry("CampaignForm", (body, c) -> {
                body.put("targets", java.util.List.of());
                return body;
            }),
            // a new organization under the place (a group: the place itself), planned for the plan's last year
            // (an organization enrols once)
            Map.entry("EnrolmentForm", (body, c) -> {
                long place = c.place();
                if (c.live() && childType(c, place).isPresent()) {
                    body.put("organizationId", c.makeByPost("/api/v1/organizations", Map.of()).id());
                }
                body.put("status", "PLANNED");
                body.remove("enrolledOn");
                return body;
            }),
            Map.entry("EnrolmentChange", (body, c) -> {
                body.put("status", "PLANNED");
                body.remove("enrolledOn");
                return body;
            }),
            Map.entry("EvaluationStep", (body, c) -> {
                body.put("status", "SUBMITTED");
                return body;
            }),
            // a seat every kind of organization has
            Map.entry("AppointmentForm", (body, c) -> {
                body.put("role", "MEMBER");
                return body;
            }),
            // a visit of the place itself
            Map.entry("ResearchVisitForm", (body, c) -> {
                body.put("places", java.util.List.of(c.place()));
                return body;
            }),
            // a pair that can record activities at once
            Map.entry("PairForm", (body, c) -> {
                body.put("status", "ACTIVE");
                body.remove("beneficiary");
                // one of the two ways to name the beneficiary: a recorded one of the place
                body.put("beneficiaryId", c.makeByPost("/api/v1/beneficiaries", Map.of()).id());
                return body;
            }),
            // an active pair pauses today (a step its lifecycle has)
            Map.entry("PairTransition", (body, c) -> {
                body.put("status", "PAUSED");
                body.put("on", LocalDate.now().toString());
                return body;
            }),
            // a well-formed ID card number that agrees with birth date and gender, and is nobody's
            Map.entry("VolunteerForm", (body, c) -> SyntheticPeople.volunteer(c.unique("矩阵五老"),
                    ((Number) body.get("organizationId")).longValue())),
            // a type that may sit under the parent (OrganizationHierarchyPolicy)
            Map.entry("OrganizationCreate", (body, c) -> {
                if (body.get("parentId") instanceof Number parent) {
                    childType(c, parent.longValue()).ifPresent(t -> body.put("type", t.name()));
                }
                return body;
            }),
            // one rule per residence, gender and day: each a new day, far ahead so it changes nothing today
            Map.entry("EligibilityRuleForm", (body, c) -> {
                body.put("effectiveFrom", LocalDate.of(2090, 1, 1).plusDays(RULE_DAYS.getAndIncrement()).toString());
                return body;
            }));

    private static final String ORGANIZATIONS = "/api/v1/organizations";

    /** How to make one record of a collection at the place, where the collection's own POST is not enough. */
    public static final Map<String, Factory> COLLECTIONS = Map.of(
            // an import belongs to the subtree of whoever started it: started by an administrator of the place
            "/api/v1/volunteer-imports", (c, collection, bound) -> {
                if (!c.live()) {
                    return c.makeByPost(collection, bound);
                }
                var response = io.restassured.RestAssured.given()
                        .spec(Auth.as(Auth.newUser(c.place(), "ORG_ADMIN"))).contentType(Workbooks.MEDIA_TYPE)
                        .body(roster()).post(collection).then().statusCode(202).extract();
                Read read = c.read(collection + "/" + response.jsonPath().getLong("id"));
                return new Created(response.jsonPath().getLong("id"), read.body(), read.etag());
            },
            // an organization at the place is a new child of it; where nothing may sit under the
            // place (a village group), the place itself
            ORGANIZATIONS, (c, collection, bound) -> {
                long place = c.place();
                if (!c.live() || childType(c, place).isPresent()) {
                    return c.makeByPost(collection, bound);
                }
                Read read = c.read(ORGANIZATIONS + "/" + place);
                return new Created(place, read.body(), read.etag());
            });

    /**
     * Request bodies by media type, for operations that take something else than JSON (JSON bodies
     * come from their schema). An operation with a body of a type missing here fails, naming it.
     * E.g. an .xlsx upload of 五老: {@code Workbooks.MEDIA_TYPE, (c, op) -> Workbooks.xlsx(List.of(
     * headerRow, rowOfOneVolunteerAt(c.place())))} — the body then depends on the place, so the
     * operation runs on own, sibling and parent subtrees; a body that ignores the place runs at OWN.
     */
    public static final Map<String, MediaBody> MEDIA_TYPES = Map.of(
            // a roster naming an organization nobody has: the import is accepted and reports the row;
            // where rows may go is the import's own business (VolunteerImportTest), so this ignores the place
            Workbooks.MEDIA_TYPE, (c, op) -> roster(),
            // an evaluation's evidence: the smallest files that are what their type says
            "image/jpeg", (c, op) -> Evidence.JPEG,
            "image/png", (c, op) -> Evidence.PNG,
            "application/pdf", (c, op) -> Evidence.PDF);

    private static byte[] roster() {
        return Rosters.workbook(java.util.List.of(java.util.Arrays.asList("矩阵导入", "男", "1950-01-01", null, null, null,
                "农村", "老干部", null, null, null, null, null, "矩阵外村", null)));
    }

    /** The leaf type (a group) that may sit under the organization, else any type that may; empty while planning. */
    private static Optional<OrganizationType> childType(Context c, long parent) {
        Read read = c.read(ORGANIZATIONS + "/" + parent);
        if (read == null) {
            return Optional.empty();
        }
        OrganizationType parentType = OrganizationType.valueOf(read.body().path("type").asText());
        return Arrays.stream(OrganizationType.values())
                .filter(t -> OrganizationHierarchyPolicy.mayContain(parentType, t))
                .min((a, b) -> Boolean.compare(!isLeaf(a), !isLeaf(b)));
    }

    private static boolean isLeaf(OrganizationType type) {
        return Arrays.stream(OrganizationType.values()).noneMatch(t -> OrganizationHierarchyPolicy.mayContain(type, t));
    }
}
