package cn.xinhuo.contract;

import cn.xinhuo.support.ContractConformance;
import cn.xinhuo.support.Gen;
import cn.xinhuo.support.OpenApiContract;
import cn.xinhuo.support.OpenApiContract.Operation;
import cn.xinhuo.support.OpenApiContract.Schema;
import cn.xinhuo.support.RequestSynthesizer.Request;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boundary and invalid variants of a valid request, drawn from what the contract says of each
 * input: every property of a JSON body (nested ones too), every query, path and header parameter.
 * A variant changes one input (or two, to see both named), or the request as a whole: malformed
 * or empty JSON, another content type, a body over the size limit, no or a stale If-Match, no or a
 * forged login. Whether a variant is still valid is not guessed here: {@link #refusedByContract}
 * asks the contract's own schemas.
 */
final class RequestMutations {

    /**
     * One variant: what changed, the request, the inputs it changed (a bad one must be named in a
     * 400), and the status someone who may call the operation must get when that is known without
     * the contract (415 for another content type …); null when the contract decides.
     */
    record Variant(String description, Request request, List<String> fields, Integer expected) {
    }

    enum Where { BODY, QUERY, PATH, HEADER }

    /** An input of the request: a body property (its path in the body) or a parameter. */
    record Input(Where where, String name, List<Object> at, JsonNode schema, Schema flat, boolean required) {
    }

    /** A new value for an input; {@code value} null means the input is left out. */
    record Change(String description, JsonNode value) {
    }

    /** Over the 1 MB limit of JSON bodies, and over the 10 MB of uploaded files. */
    static final int OVER_JSON_LIMIT = 1024 * 1024 + 1;
    static final int OVER_FILE_LIMIT = 10 * 1024 * 1024 + 1;
    private static final int MAX_PARAMETER = 300;
    /** A text with a lone UTF-16 surrogate cannot be written by Jackson; it is put into the JSON text as an escape. */
    private static final String LONE_SURROGATE = "LONE-SURROGATE-D800";
    /** Numbers as written (1E+400 is no double), as the contract's bounds read them. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final Gen<Integer> CJK = Gen.between(0x4E00, 0x9FA5);
    /** Path values no record has: no such id, below any id, beyond int64, not a number. */
    private static final List<String> NOT_IDS = List.of("0", "-1", "9000000000000", "abc", "99999999999999999999", "1.5");

    /** Text that looks like markup, SQL or odd Unicode: data to store and show inert, never to run. */
    private static final List<String> HOSTILE_TEXT = List.of(
            "<script>alert('薪火')</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "' OR '1'='1' --", "'; DROP TABLE volunteer; --", "%' AND 1=1 AND '%'='", "1; select pg_sleep(0)",
            "\\'\\\"\\\\", "${jndi:ldap://x}", "{{7*7}}", "../../etc/passwd",
            "𠜎𠜱𠝹 👨‍👩‍👧‍👦", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "\uFEFF零宽\u200B", "tab\tnew\nline\r",
            "NUL\u0000byte", "bell\u0007", LONE_SURROGATE, "   ", "");

    private final OpenApiContract contract;
    private final ContractConformance conformance;
    private final Operation operation;
    private final Request base;
    private final String jsonMedia;
    private final JsonNode bodySchema;
    private final JsonNode baseBody;
    private final List<Input> inputs = new ArrayList<>();

    RequestMutations(OpenApiContract contract, ContractConformance conformance, Request base) {
        this.contract = contract;
        this.conformance = conformance;
        this.operation = base.operation();
        this.base = base;
        boolean json = base.body() != null && ContractConformance.isJson(base.contentType());
        this.jsonMedia = json ? base.contentType() : null;
        this.bodySchema = json ? operation.requestBodies().get(base.contentType()) : null;
        this.baseBody = json ? JSON.valueToTree(base.body()) : null;
        if (json) {
            collect(contract.flatten(bodySchema), baseBody, List.of(), "", 0);
        }
        for (JsonNode p : operation.parameters()) {
            String name = p.path("name").asText();
            Where where = Where.valueOf(p.path("in").asText().toUpperCase(Locale.ROOT));
            if (!name.equals("If-Match")) {
                inputs.add(new Input(where, name, List.of(), p.path("schema"), contract.flatten(p.path("schema")),
                        p.path("required").asBoolean(false)));
            }
        }
    }

    // ---- the request as a whole -----------------------------------------------------------------

    /** The variants every operation gets: its body, its If-Match and its path as a whole. */
    List<Variant> structural(Random random) {
        List<Variant> variants = new ArrayList<>();
        if (jsonMedia != null) {
            String text = bodyText(baseBody);
            variants.add(body(Gen.elements("{", "{\"x\": }", text.substring(0, text.length() / 2), "{'single': 'quotes'}",
                    "not json at all").next(random), jsonMedia, "malformed JSON", 400));
            variants.add(body(Gen.elements("", "null", "[]", "\"text\"", "42").next(random), jsonMedia,
                    "no JSON object", 400));
            variants.add(body("[".repeat(5000) + "]".repeat(5000), jsonMedia, "JSON nested 5000 deep", 400));
            variants.add(body(text, "text/plain", "a JSON body sent as text/plain", 415));
            variants.add(body("{\"x\":\"" + "a".repeat(OVER_JSON_LIMIT) + "\"}", jsonMedia, "a JSON body over 1 MB", 413));
        } else if (base.body() instanceof byte[] file) {
            variants.add(body(new byte[0], base.contentType(), "an empty file", 400));
            variants.add(body("not what it says".getBytes(StandardCharsets.UTF_8), base.contentType(),
                    "a file that is not its media type", 400));
            variants.add(body(file, "application/json", "a file sent as application/json", 415));
            variants.add(body(new byte[OVER_FILE_LIMIT], base.contentType(), "a file over 10 MB", 413));
        }
        if (base.headers().containsKey("If-Match")) {
            variants.add(headers("no If-Match", null, 428));
            variants.add(headers("a stale If-Match", "\"987654\"", 412));
            variants.add(headers("a malformed If-Match", Gen.elements("garbage", "W/\"x\"", "\"\"", "*").next(random), null));
        }
        Matcher m = PARAM.matcher(operation.path());
        while (m.find()) {
            String name = m.group(1);
            String value = Gen.elements(NOT_IDS).next(random);
            boolean unknownId = value.matches("0|-1|9000000000000");
            variants.add(new Variant("path " + name + "=" + value, withPath(name, value), List.of(),
                    unknownId && isId(name) ? 404 : null));
        }
        return variants;
    }

    // ---- one or two inputs --------------------------------------------------------------------------

    /** Variants of one input (sometimes two), drawn at random: invalid, boundary or hostile values. */
    Gen<Variant> variants() {
        if (inputs.isEmpty()) {
            return null;
        }
        Gen<Input> input = Gen.elements(inputs);
        return random -> {
            int kind = random.nextInt(100);
            if (kind < 10 && inputs.size() > 1) {
                return twoInvalid(random);
            }
            Input target = input.next(random);
            Change change = (target.where() == Where.PATH ? pathValues()
                    : kind < 55 ? invalid(target) : kind < 80 ? boundary(target) : hostile(target)).next(random);
            return apply(List.of(target), List.of(change));
        };
    }

    /** Two inputs with values of their own JSON type that break a rule each (too long, out of range, left out). */
    private Variant twoInvalid(Random random) {
        List<Input> shuffled = new ArrayList<>(inputs);
        Collections.shuffle(shuffled, random);
        List<Input> targets = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Input input : shuffled) {
            Change change = input.where() == Where.PATH ? null : ruleBreaking(input, random);
            if (change != null && targets.stream().noneMatch(t -> overlaps(t, input))) {
                targets.add(input);
                changes.add(change);
            }
            if (targets.size() == 2) {
                break;
            }
        }
        return apply(targets, changes);
    }

    private static boolean overlaps(Input a, Input b) {
        return a.where() == b.where() && (a.name().startsWith(b.name()) || b.name().startsWith(a.name()));
    }

    /** A value of the input's own JSON type that breaks one of its rules, or null when it has none to break. */
    private Change ruleBreaking(Input input, Random random) {
        Schema s = input.flat();
        if (input.required()) {
            return new Change("left out", null);
        }
        if (s.maxLength() != null) {
            return new Change("maxLength+1", NODES.textNode(Gen.text(CJK, s.maxLength() + 1).next(random)));
        }
        if (s.node().has("maximum")) {
            return new Change("maximum+1", NODES.numberNode(s.node().get("maximum").decimalValue().add(BigDecimal.ONE)));
        }
        if (s.node().has("minimum")) {
            return new Change("minimum-1", NODES.numberNode(s.node().get("minimum").decimalValue().subtract(BigDecimal.ONE)));
        }
        if (!s.enumValues().isEmpty()) {
            return new Change("not one of the enum", NODES.textNode("NOT_AN_OPTION"));
        }
        return null;
    }

    /** Values the input's schema refuses: another type, beyond a bound, not one of the enum, not a date … */
    Gen<Change> invalid(Input input) {
        Schema s = input.flat();
        List<Gen<Change>> options = new ArrayList<>();
        if (input.required()) {
            options.add(Gen.constant(new Change("left out", null)));
        }
        if (!nullable(input.schema())) {
            options.add(Gen.constant(new Change("null", NODES.nullNode())));
        }
        String type = s.type() == null ? "" : s.type();
        switch (type) {
            case "string" -> {
                options.add(Gen.elements(new Change("an object for a string", NODES.objectNode().put("a", 1)),
                        new Change("an array for a string", NODES.arrayNode().add("a"))));
                if (s.maxLength() != null) {
                    options.add(random -> new Change("maxLength+" + 1, NODES.textNode(
                            Gen.text(CJK, s.maxLength() + 1).next(random))));
                    options.add(random -> new Change("10 × maxLength", NODES.textNode(
                            "长".repeat(Math.max(10 * s.maxLength(), 1000)))));
                }
                int minLength = s.node().path("minLength").asInt(0);
                if (minLength > 0) {
                    options.add(Gen.constant(new Change("minLength-1", NODES.textNode("x".repeat(minLength - 1)))));
                }
                if (!s.enumValues().isEmpty()) {
                    options.add(Gen.elements(new Change("not one of the enum", NODES.textNode("NOT_AN_OPTION")),
                            new Change("an enum value in lower case", NODES.textNode(s.enumValues().get(0).toLowerCase(Locale.ROOT)))));
                }
                if (s.pattern() != null) {
                    options.add(Gen.elements(new Change("not its pattern", NODES.textNode("!不合格式!")),
                            new Change("its pattern with a new line", NODES.textNode(patternWithNewLine(s)))));
                }
                if ("date".equals(s.format())) {
                    options.add(Gen.elements("2016-02-30", "2016-13-01", "2016-6-1", "2016/06/01", "20160601", "yesterday",
                            "-2016-06-01", "+99999-01-01", "2016-06-01T08:00:00+08:00").map(v -> new Change("a bad date " + v,
                            NODES.textNode(v))));
                }
                if ("date-time".equals(s.format())) {
                    options.add(Gen.elements("2016-06-01 08:00", "2016-06-01T25:00:00+08:00", "2016-06-01", "now")
                            .map(v -> new Change("a bad date-time " + v, NODES.textNode(v))));
                }
                if ("uuid".equals(s.format()) || "email".equals(s.format())) {
                    options.add(Gen.constant(new Change("not a " + s.format(), NODES.textNode("no-such-" + s.format()))));
                }
            }
            case "integer", "number" -> {
                options.add(Gen.elements(new Change("text for a number", NODES.textNode("abc")),
                        new Change("an object for a number", NODES.objectNode()),
                        new Change("true for a number", NODES.booleanNode(true))));
                if (type.equals("integer")) {
                    options.add(Gen.elements(new Change("a fraction for an integer", NODES.numberNode(new BigDecimal("1.5"))),
                            new Change("an int64 overflow", NODES.numberNode(new BigInteger("9223372036854775808"))),
                            new Change("an exponent", NODES.numberNode(new BigDecimal("1E+400")))));
                    if ("int32".equals(s.format())) {
                        options.add(Gen.constant(new Change("an int32 overflow", NODES.numberNode(2147483648L))));
                    }
                } else {
                    options.add(Gen.constant(new Change("a huge number", NODES.numberNode(new BigDecimal("1E+400")))));
                }
                if (s.node().has("minimum")) {
                    BigDecimal step = type.equals("integer") ? BigDecimal.ONE : new BigDecimal("0.01");
                    options.add(Gen.constant(new Change("minimum-" + step, NODES.numberNode(
                            s.node().get("minimum").decimalValue().subtract(step)))));
                }
                if (s.node().has("maximum")) {
                    BigDecimal step = type.equals("integer") ? BigDecimal.ONE : new BigDecimal("0.01");
                    options.add(Gen.constant(new Change("maximum+" + step, NODES.numberNode(
                            s.node().get("maximum").decimalValue().add(step)))));
                }
                if (s.node().has("multipleOf")) {
                    BigDecimal unit = s.node().get("multipleOf").decimalValue();
                    BigDecimal low = s.node().has("minimum") ? s.node().get("minimum").decimalValue() : BigDecimal.ZERO;
                    options.add(Gen.constant(new Change("not a multiple of " + unit, NODES.numberNode(
                            low.add(unit.divide(BigDecimal.TEN))))));
                }
            }
            case "boolean" -> options.add(Gen.elements(new Change("yes for a boolean", NODES.textNode("yes")),
                    new Change("2 for a boolean", NODES.numberNode(2))));
            case "array" -> {
                options.add(Gen.elements(new Change("a string for an array", NODES.textNode("x")),
                        new Change("an object for an array", NODES.objectNode())));
                if (s.minItems() > 0) {
                    options.add(Gen.constant(new Change("fewer than minItems", NODES.arrayNode())));
                }
                options.add(Gen.constant(new Change("items of another type", NODES.arrayNode().add(NODES.objectNode()
                        .set("x", NODES.arrayNode())))));
            }
            case "object" -> options.add(Gen.elements(new Change("a string for an object", NODES.textNode("x")),
                    new Change("an array for an object", NODES.arrayNode()), new Change("an empty object", NODES.objectNode())));
            default -> {
                // a schema without a type takes anything but what it leaves out
            }
        }
        if (options.isEmpty()) {
            options.add(Gen.constant(new Change("an array", NODES.arrayNode().add(1))));
        }
        return Gen.oneOf(options);
    }

    /** Values at the edges the schema accepts: at the bounds, each enum value, odd but real dates. */
    Gen<Change> boundary(Input input) {
        Schema s = input.flat();
        List<Gen<Change>> options = new ArrayList<>();
        if (!input.required()) {
            options.add(Gen.constant(new Change("left out", null)));
        }
        if (nullable(input.schema())) {
            options.add(Gen.constant(new Change("null", NODES.nullNode())));
        }
        String type = s.type() == null ? "" : s.type();
        switch (type) {
            case "string" -> {
                if (!s.enumValues().isEmpty()) {
                    options.add(Gen.elements(s.enumValues()).map(v -> new Change("enum " + v, NODES.textNode(v))));
                } else if ("date".equals(s.format())) {
                    options.add(Gen.elements("1900-01-01", "2016-02-29", "2016-12-31", "2099-12-31", "0001-01-01",
                            "9999-12-31").map(v -> new Change("the date " + v, NODES.textNode(v))));
                } else if (s.pattern() == null && s.format() == null) {
                    int max = s.maxLength() == null ? 5000 : s.maxLength();
                    options.add(random -> new Change("length " + max, NODES.textNode(Gen.text(CJK, max).next(random))));
                    options.add(random -> new Change("length " + max + " of 4-byte characters",
                            NODES.textNode("𠜎".repeat(max))));
                    int minLength = s.node().path("minLength").asInt(0);
                    options.add(random -> new Change("length " + minLength, NODES.textNode("长".repeat(minLength))));
                }
            }
            case "integer", "number" -> {
                for (String bound : List.of("minimum", "maximum")) {
                    if (s.node().has(bound)) {
                        options.add(Gen.constant(new Change(bound, NODES.numberNode(s.node().get(bound).decimalValue()))));
                    }
                }
                options.add(Gen.elements(new Change("0", NODES.numberNode(0)), new Change("-1", NODES.numberNode(-1)),
                        new Change("an unknown id", NODES.numberNode(9_000_000_000_000L)),
                        new Change("the largest int64", NODES.numberNode(Long.MAX_VALUE))));
            }
            case "boolean" -> options.add(Gen.elements(new Change("true", NODES.booleanNode(true)),
                    new Change("false", NODES.booleanNode(false))));
            case "array" -> {
                options.add(Gen.constant(new Change("an empty array", NODES.arrayNode())));
                options.add(Gen.constant(new Change("1000 unknown ids", unknownIds(1000))));
            }
            default -> {
                // an object, or anything: left out or null above
            }
        }
        if (options.isEmpty()) {
            options.add(Gen.constant(new Change("as it was", current(input))));
        }
        return Gen.oneOf(options);
    }

    /**
     * Markup, SQL, odd Unicode and control characters in a text input (numbers get them too: they
     * must be refused). An empty date is "no date" (forms send it so), not hostile.
     */
    Gen<Change> hostile(Input input) {
        boolean date = input.flat().format() != null && input.flat().format().startsWith("date");
        return Gen.elements(HOSTILE_TEXT.stream().filter(v -> !date || !v.isBlank()).toList())
                .map(v -> new Change("hostile text " + JSON.valueToTree(v), NODES.textNode(v)));
    }

    /** A path parameter names a record: ids that cannot be one, and text that stays one path segment. */
    private static Gen<Change> pathValues() {
        List<String> values = new ArrayList<>(NOT_IDS);
        HOSTILE_TEXT.stream().filter(v -> !v.isBlank() && v.chars().noneMatch(c -> "/{}\\?#%".indexOf(c) >= 0))
                .forEach(values::add);
        return Gen.elements(values).map(v -> new Change("path " + JSON.valueToTree(v), NODES.textNode(v)));
    }

    // ---- building variants ----------------------------------------------------------------------------

    private Variant apply(List<Input> targets, List<Change> changes) {
        ObjectNode body = baseBody != null && baseBody.isObject() ? ((ObjectNode) baseBody).deepCopy() : null;
        Map<String, Object> query = new LinkedHashMap<>(base.query());
        Map<String, String> headers = new LinkedHashMap<>(base.headers());
        String path = base.path();
        List<String> description = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Input input = targets.get(i);
            Change change = changes.get(i);
            description.add(input.where().name().toLowerCase(Locale.ROOT) + " " + input.name() + ": " + change.description());
            switch (input.where()) {
                case BODY -> set(body, input.at(), change.value());
                case QUERY -> {
                    if (change.value() == null) {
                        query.remove(input.name());
                    } else {
                        query.put(input.name(), parameterText(change.value()));
                    }
                }
                case HEADER -> {
                    if (change.value() == null) {
                        headers.remove(input.name());
                    } else {
                        headers.put(input.name(), parameterText(change.value()));
                    }
                }
                case PATH -> path = pathWith(path, input.name(), change.value() == null ? "" : parameterText(change.value()));
            }
        }
        Object newBody = body == null ? base.body() : bodyText(body);
        Request request = new Request(operation, path, query, headers, base.contentType(), newBody);
        // a bad path parameter is a record that is not there (404): only inputs a 400 names are kept
        return new Variant(String.join("; ", description), request,
                targets.stream().filter(t -> t.where() != Where.PATH).map(Input::name).toList(), null);
    }

    /** Whether the name is one of a property of the JSON body (not a parameter). */
    boolean isBodyProperty(String name) {
        return inputs.stream().anyMatch(i -> i.where() == Where.BODY && i.name().equals(name));
    }

    /**
     * What the contract refuses in the request: its JSON body against the body's schema, and each
     * query and header parameter (read as its type: {@code abc} for an integer is not one) against
     * its own. Empty when the contract allows the request.
     */
    List<String> refusedByContract(Request request) {
        List<String> refused = new ArrayList<>();
        if (bodySchema != null && request.body() instanceof String text && ContractConformance.isJson(request.contentType())) {
            try {
                refused.addAll(conformance.violations(bodySchema, JSON.readTree(text.replace(LONE_SURROGATE, "\\ud800"))));
            } catch (JsonProcessingException e) {
                refused.add("the body is not JSON");
            }
        }
        for (JsonNode p : operation.parameters()) {
            String name = p.path("name").asText();
            Object value = switch (p.path("in").asText()) {
                case "query" -> request.query().get(name);
                case "header" -> request.headers().get(name);
                case "path" -> pathValue(request.path(), name);
                default -> null;
            };
            // the server reads parameters trimmed, and an empty one as absent
            value = value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).trim();
            if (value == null) {
                if (p.path("required").asBoolean(false)) {
                    refused.add(name + " is required");
                }
                continue;
            }
            Schema s = contract.flatten(p.path("schema"));
            JsonNode typed = parameterValue(String.valueOf(value), s.type());
            conformance.violations(p.path("schema"), typed).forEach(v -> refused.add(name + ": " + v));
        }
        return refused;
    }

    /** The input's JSON body as it will be sent. */
    private static String bodyText(JsonNode body) {
        try {
            return JSON.writeValueAsString(body).replace(LONE_SURROGATE, "\\ud800");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Variant body(Object body, String contentType, String description, Integer expected) {
        return new Variant(description, new Request(operation, base.path(), base.query(), base.headers(), contentType, body),
                List.of(), expected);
    }

    private Variant headers(String description, String ifMatch, Integer expected) {
        Map<String, String> headers = new LinkedHashMap<>(base.headers());
        if (ifMatch == null) {
            headers.remove("If-Match");
        } else {
            headers.put("If-Match", ifMatch);
        }
        return new Variant(description, new Request(operation, base.path(), base.query(), headers, base.contentType(),
                base.body()), List.of(), expected);
    }

    private Request withPath(String name, String value) {
        return new Request(operation, pathWith(base.path(), name, value), base.query(), base.headers(), base.contentType(),
                base.body());
    }

    /** The path with the parameter's segment replaced. */
    private String pathWith(String path, String name, String value) {
        String[] actual = path.split("/", -1);
        int at = segment(name);
        if (at >= 0 && at < actual.length) {
            actual[at] = value;
        }
        return String.join("/", actual);
    }

    /** The value of a path parameter in a path of the operation. */
    private String pathValue(String path, String name) {
        String[] actual = path.split("/", -1);
        int at = segment(name);
        return at >= 0 && at < actual.length ? actual[at] : null;
    }

    /** Where the parameter sits among the path's segments (the template says), or -1. */
    private int segment(String name) {
        return Arrays.asList(operation.path().split("/", -1)).indexOf("{" + name + "}");
    }

    private static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id");
    }

    private JsonNode current(Input input) {
        return switch (input.where()) {
            case BODY -> at(baseBody, input.at());
            case QUERY -> base.query().containsKey(input.name()) ? NODES.textNode(String.valueOf(base.query().get(input.name()))) : null;
            case HEADER -> base.headers().containsKey(input.name()) ? NODES.textNode(base.headers().get(input.name())) : null;
            case PATH -> null;
        };
    }

    /** Properties of the body's schema, and of the objects in it as far as the valid body has them. */
    private void collect(Schema schema, JsonNode value, List<Object> at, String prefix, int depth) {
        for (String property : schema.propertyNames()) {
            JsonNode own = schema.property(property);
            Schema flat = contract.flatten(own);
            List<Object> here = append(at, property);
            String name = prefix.isEmpty() ? property : prefix + "." + property;
            inputs.add(new Input(Where.BODY, name, here, own, flat, schema.requires(property)));
            JsonNode held = value == null ? null : value.get(property);
            if (depth >= 3 || held == null) {
                continue;
            }
            if (held.isObject() && "object".equals(flat.type())) {
                collect(flat, held, here, name, depth + 1);
            } else if (held.isArray() && !held.isEmpty() && held.get(0).isObject()) {
                collect(contract.flatten(flat.items()), held.get(0), append(here, 0), name + "[0]", depth + 1);
            }
        }
    }

    /** Whether the schema (as written where it is used) allows null: a type list with null, or anyOf/oneOf with it. */
    private boolean nullable(JsonNode schema) {
        JsonNode s = contract.deref(schema);
        for (JsonNode t : s.path("type")) {
            if (t.asText().equals("null")) {
                return true;
            }
        }
        for (String key : List.of("anyOf", "oneOf")) {
            for (JsonNode alternative : s.path(key)) {
                if (alternative.path("type").asText().equals("null") || nullable(alternative)) {
                    return true;
                }
            }
        }
        return schema.has("$ref") && schema != s && nullable(s);
    }

    private static String patternWithNewLine(Schema s) {
        JsonNode example = s.example();
        return (example != null ? example.asText() : "x") + "\n";
    }

    private static ArrayNode unknownIds(int count) {
        ArrayNode ids = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            ids.add(9_000_000_000_000L + i);
        }
        return ids;
    }

    private static List<Object> append(List<Object> at, Object step) {
        List<Object> longer = new ArrayList<>(at);
        longer.add(step);
        return longer;
    }

    private static JsonNode at(JsonNode node, List<Object> at) {
        JsonNode here = node;
        for (Object step : at) {
            here = here == null ? null : step instanceof Integer i ? here.get(i) : here.get((String) step);
        }
        return here;
    }

    /** Sets (or, for null, removes) the value at the path, making objects on the way. */
    private static void set(ObjectNode body, List<Object> at, JsonNode value) {
        JsonNode parent = at(body, at.subList(0, at.size() - 1));
        Object last = at.get(at.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array && last instanceof Integer i && i < array.size()) {
            if (value == null) {
                array.remove(i);
            } else {
                array.set(i, value);
            }
        }
    }

    /**
     * A parameter's value as sent: text as it is, anything else as JSON; at most 300 characters, so
     * the request line stays under the HTTP layer's 4 KB (beyond it the HTTP layer answers 414
     * itself, before the application).
     */
    private static String parameterText(JsonNode value) {
        String text = value.isTextual() ? value.asText() : value.isNull() ? "" : value.toString();
        return text.codePointCount(0, text.length()) <= MAX_PARAMETER ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX_PARAMETER));
    }

    /** A parameter's text read as its schema's type (what a server should do), so {@code abc} is no integer. */
    private static JsonNode parameterValue(String text, String type) {
        if (type == null) {
            return NODES.textNode(text);
        }
        switch (type) {
            case "integer", "number" -> {
                try {
                    return NODES.numberNode(new BigDecimal(text.trim().equals(text) ? text : "x"));
                } catch (NumberFormatException e) {
                    return NODES.textNode(text);
                }
            }
            case "boolean" -> {
                return text.equals("true") || text.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(text))
                        : NODES.textNode(text);
            }
            case "array" -> {
                return NODES.arrayNode().addAll(Arrays.stream(text.split(",")).map(t -> (JsonNode) NODES.textNode(t)).toList());
            }
            default -> {
                return NODES.textNode(text);
            }
        }
    }
}
