package cn.xinhuo.contract;

import cn.xinhuo.security.PublicApi;
import cn.xinhuo.support.Auth;
import cn.xinhuo.support.ContractConformance;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.Gen;
import cn.xinhuo.support.OpenApiContract;
import cn.xinhuo.support.OpenApiContract.Operation;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.RequestHints;
import cn.xinhuo.support.RequestSynthesizer;
import cn.xinhuo.support.RequestSynthesizer.Request;
import cn.xinhuo.support.ResourceMethods;
import cn.xinhuo.support.ResourceMethods.Endpoint;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/**
 * Contract fuzzing: every operation of openapi.yaml, sent valid, boundary and invalid input as every
 * role, answers only as the contract declares. For each operation a valid request is synthesized
 * from the contract ({@link RequestSynthesizer}, records made for it in a subtree of the test's own),
 * then varied by {@link RequestMutations}: each input (body properties, nested ones too; query, path
 * and header parameters) gets values of another type, beyond its bounds, outside its enum, bad
 * dates, unknown ids, hostile text; the request as a whole gets malformed or empty JSON, another
 * content type, a body over the limit, no or a stale If-Match, no or a forged login. Which variants
 * are still valid is asked of the contract's schemas ({@link ContractConformance}), not guessed.
 *
 * <p>What it proves, for every answer: never a 5xx; a status the operation declares, with a body
 * its schema accepts (V4: problem bodies carry no stack trace or class name); every 4xx is
 * application/problem+json; input the contract refuses is refused, with a 400 naming each bad
 * field to a caller who may use the operation (V1, V3: page sizes, lengths, bodies over 1 MB →
 * 413); a stale If-Match is 412, none 428 (R1); and a refused request writes nothing (the audit
 * trail and the tables it does not cover are unchanged) — whatever a client sends (Z5). Hostile
 * text (markup, SQL, NUL and other odd Unicode) is data: stored or refused, never a failure (V2).
 *
 * <p>Callers: root, and fresh accounts of each role and API keys in the test's subtree (an account
 * of its own where the operation acts on the caller itself or counts the caller's requests); the
 * demo accounts read what they read in the demo data set, so their answers over real data are
 * checked too, and write nothing there that other tests count. Property-based without a framework:
 * {@link Gen} draws from {@code Random(seed)} — fixed, so CI is reproducible; a failure names the
 * seed ({@code -Dcontract.fuzz.seed}), and {@code -Dcontract.fuzz.tries} draws more per operation.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@Tag("V1")
@Tag("V2")
@Tag("V3")
@Tag("V4")
@Tag("Z5")
@Tag("R1")
class ContractFuzzTest {

    static final long SEED = Long.getLong("contract.fuzz.seed", 20160601L);
    /** Variants of single inputs drawn per operation for the caller who may use it; one more per other role. */
    private static final int TRIES = Integer.getInteger("contract.fuzz.tries", 14);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DEMO_ACCOUNTS = List.of("city-admin", "xingan-admin", "tuanjie-admin",
            "zhongshan-leader", "city-viewer");
    /** What an error body must never show: exception and class names, stack frames, SQL states. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\bat [\\w$.]+\\(|\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|"
                    + "com\\.fasterxml|cn\\.xinhuo)\\.|sqlstate|stack ?trace");

    /** Who calls: a name for messages and the login it sends. */
    record Caller(String name, RequestSpecification spec) {
    }

    private static long township;
    private static Caller root;
    private static Caller systemAdmin;
    private static final List<Caller> roles = new ArrayList<>();
    private static final Map<Caller, Long> demo = new LinkedHashMap<>();
    private static final AtomicInteger requests = new AtomicInteger();
    private static final Map<String, Integer> statuses = new TreeMap<>();
    private static long started;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        if (root != null) {
            return;
        }
        started = System.nanoTime();
        long city = Fixtures.organization("模糊市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("模糊乡", "TOWNSHIP_COMMITTEE", city);
        long village = Fixtures.organization("模糊村", "VILLAGE_GROUP", township);
        root = new Caller("root", Auth.as(Auth.root()));
        // operations that count a caller's requests (exports, imports) get an administrator of their own,
        // so the suite's root keeps its quota
        systemAdmin = new Caller("a system administrator", Auth.as(Auth.newUser(city, "SYSTEM_ADMIN")));
        for (String role : List.of("ORG_ADMIN", "VIEWER", "INTEGRATION")) {
            roles.add(new Caller(role, Auth.as(Auth.newUser(township, role))));
        }
        roles.add(new Caller("GROUP_LEADER", Auth.as(Auth.newUser(village, "GROUP_LEADER"))));
        for (String access : List.of("READ_ONLY", "READ_WRITE")) {
            roles.add(new Caller("API key " + access, Auth.withApiKey(Auth.newApiKey(township, access))));
        }
        for (String username : DEMO_ACCOUNTS) {
            RequestSpecification spec = Auth.as(Auth.login(username, "Xinhuo@2016"));
            demo.put(new Caller(username, spec), given().spec(spec).get("/api/v1/auth/me").then().statusCode(200)
                    .extract().jsonPath().getLong("organizationId"));
        }
    }

    @AfterAll
    static void summary() {
        System.out.printf("ContractFuzzTest: %d requests in %d s (seed %d, %d tries per operation), statuses %s%n",
                requests.get(), (System.nanoTime() - started) / 1_000_000_000L, SEED, TRIES, statuses);
    }

    @TestFactory
    @DisplayName("[V1][V2][V3][V4][Z5][R1] every operation of the contract, fed valid, boundary and invalid input by every "
            + "role, answers as the contract declares, never with a 5xx, and a refusal writes nothing")
    Stream<DynamicTest> everyOperationAnswersAsTheContractDeclares() {
        List<Endpoint> endpoints = ResourceMethods.all();
        return OpenApiContract.load().operations().stream().map(op -> DynamicTest.dynamicTest(
                "[V1][V3][V4][Z5] " + op.id() + " (" + op.method() + " " + op.path() + ")",
                () -> new OperationFuzz(op, endpoints).run()));
    }

    /** One operation's run: its callers, its valid request and the variants, every answer checked. */
    static final class OperationFuzz {

        private final Operation op;
        private final boolean publicApi;
        private final boolean selfService;
        private final boolean rateLimited;
        private final Random random;
        private final List<String> failures = new ArrayList<>();
        private final ContractConformance conformance = ContractConformance.load();
        private String originalEtag;
        private String currentEtag;
        /** A change was accepted: the record may no longer be what the valid request was made for. */
        private boolean changed;

        OperationFuzz(Operation op, List<Endpoint> endpoints) {
            this.op = op;
            Endpoint endpoint = endpoints.stream().filter(e -> op.id().equals(e.operationId())).findFirst()
                    .orElseThrow(() -> new AssertionError(op + " has no resource method"));
            this.publicApi = endpoint.method().isAnnotationPresent(PublicApi.class);
            this.selfService = endpoint.selfService();
            this.rateLimited = op.node().path("responses").has("429");
            this.random = new Random(SEED * 31 + op.id().hashCode());
        }

        void run() {
            Caller primary = primary();
            Request base = base(primary);
            originalEtag = base.headers().get("If-Match");
            currentEtag = originalEtag;
            RequestMutations mutations = new RequestMutations(OpenApiContract.load(), conformance, base);
            mutations.refusedByContract(base).forEach(r -> failures.add("the synthesized valid request is one the contract "
                    + "refuses (" + r + "): " + base));

            boolean checksItsOwn = !selfService && !publicApi && !rateLimited;
            RequestMutations.Variant valid = new RequestMutations.Variant("valid", base, List.of(), null);
            if (op.method().equals("GET") && checksItsOwn) {
                mustSucceed(check(primary, valid, mutations, true), valid);
            }
            for (RequestMutations.Variant variant : mutations.structural(random)) {
                check(primary, variant, mutations, true);
            }
            if (!publicApi) {
                Request unchanged = base;
                check(new Caller("nobody", new RequestSpecBuilder().build()),
                        new RequestMutations.Variant("no login", unchanged, List.of(), 401), mutations, true);
                check(new Caller("a forged token", Auth.as("forged-" + random.nextLong())),
                        new RequestMutations.Variant("a forged token", unchanged, List.of(), 401), mutations, true);
                check(new Caller("a forged API key", new RequestSpecBuilder().addHeader("X-API-Key", "xk_forged").build()),
                        new RequestMutations.Variant("a forged API key", unchanged, List.of(), 401), mutations, true);
            }
            Gen<RequestMutations.Variant> variants = mutations.variants();
            if (variants != null) {
                for (RequestMutations.Variant variant : variants.take(random, TRIES)) {
                    check(primary, variant, mutations, true);
                }
            }
            List<Caller> others = selfService ? List.of() : roles;
            for (Caller role : others) {
                if (variants != null) {
                    check(role, variants.next(random), mutations, false);
                }
            }
            readDemoData(base);
            for (Caller role : others) {
                check(role, valid, mutations, false);
            }
            int status = check(primary, valid, mutations, true);
            if (!changed && checksItsOwn) {
                mustSucceed(status, valid);
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(failures.size() + " problems with " + op + " (seed " + SEED + "):\n"
                        + String.join("\n", failures));
            }
        }

        /**
         * Who may use the operation: root; an account of its own where the operation is about the
         * caller itself (log out, change the password …) or counts the caller's requests; nobody
         * for a public one.
         */
        private Caller primary() {
            if (publicApi) {
                return new Caller("nobody", new RequestSpecBuilder().build());
            }
            if (selfService) {
                return new Caller("an account of its own", Auth.as(Auth.newUser(township, "ORG_ADMIN")));
            }
            return rateLimited ? systemAdmin : root;
        }

        /** The valid request, aimed at the test's township; a login names an account that exists. */
        private Request base(Caller primary) {
            Request request = RequestSynthesizer.prepare(op, township);
            if (publicApi && request.body() instanceof Map<?, ?> body && body.containsKey("username")) {
                Auth.Account account = Auth.newAccount(township, "VIEWER");
                Map<String, Object> login = new LinkedHashMap<>();
                body.forEach((k, v) -> login.put(String.valueOf(k), v));
                login.put("username", account.username());
                login.put("password", Auth.PASSWORD);
                return new Request(op, request.path(), request.query(), request.headers(), request.contentType(), login);
            }
            return request;
        }

        /**
         * The demo accounts read what the operation lists or sums in their own subtree of the demo
         * data set (reads only, none that counts their requests): valid and one variant each.
         */
        private void readDemoData(Request base) {
            if (!op.method().equals("GET") || op.path().contains("{") || rateLimited || selfService || publicApi) {
                return;
            }
            for (Map.Entry<Caller, Long> account : demo.entrySet()) {
                Map<String, Object> query = new LinkedHashMap<>(base.query());
                query.replaceAll((name, value) -> RequestHints.PLACE.contains(name) ? account.getValue() : value);
                Request own = new Request(op, base.path(), query, base.headers(), base.contentType(), base.body());
                RequestMutations mutations = new RequestMutations(OpenApiContract.load(), conformance, own);
                check(account.getKey(), new RequestMutations.Variant("valid", own, List.of(), null), mutations, false);
                Gen<RequestMutations.Variant> variants = mutations.variants();
                if (variants != null) {
                    check(account.getKey(), variants.next(random), mutations, false);
                }
            }
        }

        /** Root's valid request succeeds while nothing has changed its record (else a rule refuses what is valid). */
        private void mustSucceed(int status, RequestMutations.Variant valid) {
            if (status < 200 || status > 299) {
                failures.add("the valid request of the one who may make it was refused with " + status + ": " + valid.request());
            }
        }

        /**
         * Sends the variant and checks the answer. {@code mayAct}: the caller may use the operation
         * on the record, so a variant's expected status and a 400 naming the bad fields are due.
         */
        private int check(Caller caller, RequestMutations.Variant variant, RequestMutations mutations, boolean mayAct) {
            Request request = withCurrentEtag(variant.request());
            Database.WriteMark mark = Database.writeMark();
            Response response = request.send(caller.spec());
            int status = response.statusCode();
            byte[] body = response.asByteArray();
            String contentType = response.contentType();
            requests.incrementAndGet();
            synchronized (statuses) {
                statuses.merge(String.valueOf(status), 1, Integer::sum);
            }
            String scenario = caller.name() + ", " + variant.description() + ": " + abbreviated(request.toString(), 400)
                    + " → " + status + " " + abbreviated(contentType, 60) + " " + abbreviated(text(body, contentType), 600);
            if (status >= 500) {
                failures.add("a " + status + " — " + scenario);
            }
            conformance.answerViolations(op, status, contentType, body)
                    .forEach(v -> failures.add("not as declared: " + v + " — " + scenario));
            changed |= status >= 200 && status < 300 && !op.method().equals("GET");
            if (status >= 200 && status < 300 && response.header("ETag") != null && originalEtag != null
                    && request.path().equals(variant.request().path())) {
                currentEtag = response.header("ETag");
            }
            JsonNode problem = status >= 400 ? problem(status, contentType, body, scenario) : null;
            if (status >= 400) {
                List<String> written = Database.writtenSince(mark);
                if (!written.isEmpty()) {
                    failures.add("a refused request wrote " + written + " — " + scenario);
                }
            }
            if (variant.expected() != null) {
                if ((mayAct || variant.expected() == 401) && status != variant.expected()) {
                    failures.add("expected " + variant.expected() + " — " + scenario);
                }
                return status;
            }
            List<String> refused = mutations.refusedByContract(request);
            if (refused.isEmpty()) {
                return status;
            }
            if (status < 400) {
                failures.add("accepted input the contract refuses " + abbreviated(refused.toString(), 300) + " — " + scenario);
            } else if (mayAct && !variant.fields().isEmpty()) {
                if (status != 400) {
                    failures.add("expected 400 for input the contract refuses " + abbreviated(refused.toString(), 300)
                            + " — " + scenario);
                } else if (problem != null) {
                    List<String> named = new ArrayList<>();
                    problem.path("errors").forEach(e -> named.add(e.path("field").asText()));
                    // body properties are checked together, so each is named; parameters are read one
                    // by one, so the first bad one is
                    List<String> missing = variant.fields().stream().filter(f -> named.stream().noneMatch(n -> related(n, f)))
                            .toList();
                    boolean parameters = variant.fields().stream().noneMatch(f -> mutations.isBodyProperty(f));
                    if (parameters ? missing.size() == variant.fields().size() : !missing.isEmpty()) {
                        failures.add("a 400 that does not name " + missing + " (names " + named + ") — " + scenario);
                    }
                }
            }
            return status;
        }

        /** A named field is the input, or inside it ({@code consent.givenBy} for {@code consent}), or it is inside the named one. */
        private static boolean related(String named, String input) {
            return named.equals(input) || named.startsWith(input + ".") || named.startsWith(input + "[")
                    || input.startsWith(named + ".") || input.startsWith(named + "[");
        }

        /** An error's body: problem+json whose status is the answer's, without a stack trace or class name. */
        private JsonNode problem(int status, String contentType, byte[] body, String scenario) {
            if (!ContractConformance.mediaType(contentType).equals("application/problem+json")) {
                failures.add("a " + status + " that is not application/problem+json — " + scenario);
                return null;
            }
            String text = new String(body, StandardCharsets.UTF_8);
            if (LEAK.matcher(text).find()) {
                failures.add("a " + status + " that shows the code inside — " + scenario);
            }
            try {
                JsonNode problem = JSON.readTree(body);
                if (problem.path("status").asInt() != status) {
                    failures.add("a " + status + " whose problem says status " + problem.path("status") + " — " + scenario);
                }
                return problem;
            } catch (IOException e) {
                failures.add("a " + status + " whose problem is not JSON — " + scenario);
                return null;
            }
        }

        /** A change that succeeded moved the record's version on: later variants send the new ETag. */
        private Request withCurrentEtag(Request request) {
            if (originalEtag == null || !originalEtag.equals(request.headers().get("If-Match"))
                    || originalEtag.equals(currentEtag)) {
                return request;
            }
            Map<String, String> headers = new LinkedHashMap<>(request.headers());
            headers.put("If-Match", currentEtag);
            return new Request(request.operation(), request.path(), request.query(), headers, request.contentType(),
                    request.body());
        }
    }

    private static String text(byte[] body, String contentType) {
        String media = ContractConformance.mediaType(contentType);
        return media.contains("json") || media.startsWith("text/") ? new String(body, StandardCharsets.UTF_8)
                : body.length + " bytes";
    }

    private static String abbreviated(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
