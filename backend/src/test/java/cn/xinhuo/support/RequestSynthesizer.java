package cn.xinhuo.support;

import cn.xinhuo.support.OpenApiContract.Operation;
import cn.xinhuo.support.OpenApiContract.Schema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A valid request for any operation of the contract, aimed at a place (an organization):
 * <ul>
 * <li>path parameters name records made for the occasion, as the system administrator, at the
 * place — keyed by their collection ({@code /api/v1/teams/{id}/members/{memberId}} → a team at
 * the place, then a membership of it), each made by its collection's own POST with a synthesized
 * body unless {@link RequestHints#COLLECTIONS} knows better;</li>
 * <li>{@code within}, {@code organizationId}, {@code parentId} are the place; other {@code xxxId}s
 * are a record of the collection {@code xxxs} made at the place; other required query parameters
 * come from their schema (first enum value, example, default, type);</li>
 * <li>a body is synthesized from its schema (required properties and those with an example); an
 * operation on an existing record starts from that record as read, so what it holds stays (the
 * person of a commendation, the type of an organization), except values its schema refuses
 * (masked numbers); {@link RequestHints} adjusts bodies whose validity is a business rule;</li>
 * <li>{@code If-Match} carries the record's current ETag.</li>
 * </ul>
 * A plan ({@link #plan}) runs the same synthesis without a server: whether the request depends on
 * the place at all, and what is missing to make it. Preparing ({@link #prepare}) an operation
 * that cannot be synthesized fails, naming what is missing.
 */
public final class RequestSynthesizer {

    /** Dates of events (joined, awarded, left …): one past day, so "left on or after joined" holds. */
    public static final String PAST_DATE = "2016-06-01";
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestSynthesizer() {
    }

    /** Whether the operation's request depends on the place, and what is missing to synthesize it. */
    public record Plan(boolean placed, List<String> problems) {
    }

    /** A record made for a request: its id, its representation as created, and its ETag if answered. */
    public record Created(long id, JsonNode representation, String etag) {
    }

    /** A record as read with its ETag. */
    public record Read(JsonNode body, String etag) {
    }

    /** A request ready to be sent by any caller. */
    public record Request(Operation operation, String path, Map<String, Object> query, Map<String, String> headers,
                          String contentType, Object body) {

        public Response send(RequestSpecification as) {
            RequestSpecification spec = given().spec(as);
            query.forEach(spec::queryParam);
            headers.forEach(spec::header);
            if (body != null) {
                if (body instanceof byte[] bytes) {
                    spec.contentType(contentType).body(bytes); // raw, never through an object mapper
                } else {
                    spec.contentType(contentType).body(body);
                }
            }
            return spec.request(operation.method(), path);
        }

        @Override
        public String toString() {
            return operation.method() + " " + path + (query.isEmpty() ? "" : " " + query)
                    + (headers.isEmpty() ? "" : " " + headers)
                    + (body == null ? "" : " " + contentType + " " + (body instanceof byte[] b ? b.length + " bytes" : body));
        }
    }

    public static Plan plan(Operation operation) {
        Synthesis dry = new Synthesis(operation.contract(), false, 0);
        dry.request(operation, Map.of());
        return new Plan(dry.placeUsed, List.copyOf(dry.problems));
    }

    /** Makes what the request needs at the place (as the system administrator) and returns it, unsent. */
    public static Request prepare(Operation operation, long place) {
        return new Synthesis(operation.contract(), true, place).request(operation, Map.of());
    }

    /**
     * One synthesis: live (records are made, reads are done, a problem fails at once) or dry (no
     * server: placeholders, problems collected).
     */
    static final class Synthesis implements RequestHints.Context {

        private final boolean live;
        private final long place;
        private final OpenApiContract contract;
        private final List<String> problems = new ArrayList<>();
        private final Deque<String> making = new ArrayDeque<>();
        private boolean placeUsed;

        Synthesis(OpenApiContract contract, boolean live, long place) {
            this.contract = contract;
            this.live = live;
            this.place = place;
        }

        @Override
        public long place() {
            placeUsed = true;
            return place;
        }

        @Override
        public boolean live() {
            return live;
        }

        @Override
        public Read read(String path) {
            if (!live) {
                return null;
            }
            Response r = given().spec(Auth.as(Auth.root())).get(path);
            if (r.statusCode() != 200) {
                throw new AssertionError("could not read " + path + " as root: " + r.statusCode() + " " + r.asString());
            }
            // a file (an evaluation's photo) is a record without fields to reuse
            boolean json = r.contentType() != null && (r.contentType().startsWith("application/json") || r.contentType().contains("+json"));
            return new Read(json ? r.as(JsonNode.class) : JSON.createObjectNode(), r.header("ETag"));
        }

        @Override
        public void problem(String message) {
            if (live) {
                throw new AssertionError(message);
            }
            if (!problems.contains(message)) {
                problems.add(message);
            }
        }

        @Override
        public Created makeByPost(String collection, Map<String, Object> bound) {
            Optional<Operation> create = contract.operation("POST", collection);
            if (create.isEmpty()) {
                problem("no factory for " + collection + ": the contract has no POST " + collection
                        + " to make one at the place, and RequestHints.COLLECTIONS has no entry for it");
                return placeholder();
            }
            Request request = request(create.get(), bound);
            if (!live) {
                return placeholder();
            }
            Response r = request.send(Auth.as(Auth.root()));
            if (r.statusCode() < 200 || r.statusCode() > 299) {
                throw new AssertionError("could not make one record of " + collection + " as root with " + request
                        + ": " + r.statusCode() + " " + r.asString());
            }
            return created(collection, r);
        }

        Created recordAt(String collection, Map<String, Object> bound) {
            place();
            if (making.contains(collection)) {
                problem("making one record of " + collection + " needs one of itself: " + making);
                return placeholder();
            }
            making.push(collection);
            try {
                RequestHints.Factory factory = RequestHints.COLLECTIONS.get(collection);
                return factory != null ? factory.make(this, collection, bound) : makeByPost(collection, bound);
            } finally {
                making.pop();
            }
        }

        Request request(Operation op, Map<String, Object> preBound) {
            Map<String, Object> bound = new LinkedHashMap<>(preBound);
            String path = op.path();
            Created target = null;
            String targetTemplate = null;
            Matcher m = PARAM.matcher(op.path());
            while (m.find()) {
                String name = m.group(1);
                if (!bound.containsKey(name)) {
                    JsonNode declared = op.parameters("path").stream().filter(p -> name.equals(p.path("name").asText()))
                            .findFirst().orElse(null);
                    Schema schema = declared == null ? null : contract.flatten(declared.path("schema"));
                    if (schema != null && !schema.enumValues().isEmpty()) {
                        bound.put(name, schema.enumValues().get(0));
                        continue;
                    }
                    target = recordAt(op.path().substring(0, m.start() - 1), bound);
                    bound.put(name, target.id());
                    targetTemplate = op.path().substring(0, m.end());
                }
            }
            for (Map.Entry<String, Object> p : bound.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", String.valueOf(p.getValue()));
            }
            Read current = target == null ? null : current(targetTemplate, bound, target);

            Map<String, Object> query = new LinkedHashMap<>();
            for (JsonNode p : op.parameters("query")) {
                String name = p.path("name").asText();
                if (RequestHints.PLACE.contains(name)) {
                    query.put(name, place());
                } else if (p.path("required").asBoolean(false)) {
                    query.put(name, value(name, parameterSchema(p), op.id() + " query"));
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (JsonNode p : op.parameters("header")) {
                String name = p.path("name").asText();
                if (name.equalsIgnoreCase("If-Match")) {
                    String etag = current == null ? null : current.etag();
                    if (etag == null) {
                        problem(op + " needs If-Match, but there is no way to read the version of "
                                + (targetTemplate == null ? "its record (no id in the path)" : targetTemplate)
                                + ": no GET of it in the contract, no ETag or version when it was made");
                    }
                    headers.put(name, etag == null ? "\"0\"" : etag);
                } else if (p.path("required").asBoolean(false)) {
                    headers.put(name, String.valueOf(value(name, parameterSchema(p), op.id() + " header")));
                }
            }

            Map<String, JsonNode> bodies = op.requestBodies();
            String contentType = null;
            Object body = null;
            if (!bodies.isEmpty()) {
                contentType = bodies.keySet().stream().filter(t -> t.startsWith("application/json"))
                        .findFirst().orElse(bodies.keySet().iterator().next());
                if (contentType.equals("application/json") || contentType.endsWith("+json")) {
                    body = object(contract.flatten(bodies.get(contentType)), current == null ? null : current.body(),
                            op.id());
                } else {
                    RequestHints.MediaBody media = RequestHints.MEDIA_TYPES.get(contentType);
                    if (media == null) {
                        problem("no body for " + op + ": its request body is " + contentType
                                + "; add a way to make one to RequestHints.MEDIA_TYPES");
                    } else {
                        body = media.make(this, op);
                    }
                }
            }
            return new Request(op, path, query, headers, contentType, body);
        }

        /** The record as read (GET of its path, if the contract has one), else as it was created. */
        private Read current(String template, Map<String, Object> bound, Created target) {
            if (!live) {
                return new Read(JSON.createObjectNode(), "\"0\"");
            }
            if (contract.operation("GET", template).isPresent()) {
                String path = template;
                for (Map.Entry<String, Object> p : bound.entrySet()) {
                    path = path.replace("{" + p.getKey() + "}", String.valueOf(p.getValue()));
                }
                return read(path);
            }
            String etag = target.etag();
            if (etag == null && target.representation().path("version").isIntegralNumber()) {
                etag = "\"" + target.representation().path("version").asLong() + "\"";
            }
            return new Read(target.representation(), etag);
        }

        private Schema parameterSchema(JsonNode parameter) {
            JsonNode schema = parameter.path("schema");
            if (parameter.has("example") || parameter.has("examples")) {
                ObjectNode withExample = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
                withExample.set("example", parameter.has("example") ? parameter.get("example")
                        : parameter.get("examples").elements().next().path("value"));
                schema = withExample;
            }
            return contract.flatten(schema);
        }

        /**
         * A body of the schema: required properties and those with an example, and those the
         * record already holds (kept when the schema accepts them); then the schema's hint.
         */
        Map<String, Object> object(Schema schema, JsonNode current, String where) {
            Map<String, Object> body = new LinkedHashMap<>();
            String owner = schema.name() != null ? schema.name() : where;
            for (String property : schema.propertyNames()) {
                Schema p = contract.flatten(schema.property(property));
                JsonNode held = current == null ? null : current.get(property);
                boolean keep = held != null && !held.isNull() && fits(held, p);
                if (schema.requires(property) || p.hasOwnExample() || keep) {
                    body.put(property, keep ? JSON.convertValue(held, Object.class) : value(property, p, owner));
                }
            }
            RequestHints.BodyHint hint = schema.name() == null ? null : RequestHints.BODIES.get(schema.name());
            return hint == null ? body : hint.adjust(body, this);
        }

        /** A value of the schema for a property or parameter of that name. */
        Object value(String name, Schema s, String owner) {
            if (s.name() != null && RequestHints.VALUES.containsKey(s.name())) {
                return RequestHints.VALUES.get(s.name()).apply(this);
            }
            String type = s.type();
            if ("object".equals(type)) {
                return object(s, null, owner + "." + name);
            }
            if ("array".equals(type)) {
                return s.hasOwnExample() && s.example().isArray() ? JSON.convertValue(s.example(), Object.class)
                        : List.of(value(name, contract.flatten(s.items()), owner));
            }
            if ("integer".equals(type) && RequestHints.isReference(name)) {
                return reference(name, owner);
            }
            if (!s.enumValues().isEmpty()) {
                return s.enumValues().get(0);
            }
            if ("string".equals(type) && name.toLowerCase(Locale.ROOT).contains("password")) {
                return Auth.initialPassword();
            }
            JsonNode example = s.example();
            if ("string".equals(type) && "date".equals(s.format())) {
                return s.hasOwnExample() ? example.asText() : PAST_DATE;
            }
            if ("string".equals(type) && "date-time".equals(s.format())) {
                return s.hasOwnExample() ? example.asText() : PAST_DATE + "T08:00:00+08:00";
            }
            if ("string".equals(type) && "uuid".equals(s.format())) {
                return java.util.UUID.randomUUID().toString();
            }
            if ("string".equals(type) && "email".equals(s.format())) {
                return unique("matrix").toLowerCase(Locale.ROOT) + "@example.com";
            }
            if ("string".equals(type)) {
                return text(name, s, example != null ? example.asText() : s.defaultValue() != null
                        ? s.defaultValue().asText() : name, owner);
            }
            if (example != null) {
                return JSON.convertValue(example, Object.class);
            }
            if (s.defaultValue() != null) {
                return JSON.convertValue(s.defaultValue(), Object.class);
            }
            switch (type == null ? "" : type) {
                case "integer", "number" -> {
                    return s.minimum() != null ? s.minimum().numberValue() : 1;
                }
                case "boolean" -> {
                    return true;
                }
                default -> {
                    problem("cannot synthesize " + owner + "." + name + ": no rule for a schema " + s.node());
                    return null;
                }
            }
        }

        /** The base made unique (names often are) where the schema allows it, else the base as it is. */
        private String text(String name, Schema s, String base, String owner) {
            String unique = unique(base);
            if (fits(unique, s)) {
                return unique;
            }
            if (fits(base, s)) {
                return base;
            }
            problem("cannot synthesize " + owner + "." + name + ": neither \"" + base + "\" nor \"" + unique
                    + "\" matches " + s.node() + "; give the property an example in the contract");
            return base;
        }

        private Object reference(String name, String owner) {
            if (RequestHints.PLACE.contains(name)) {
                return place();
            }
            String collection = RequestHints.REFERENCES.get(name);
            if (collection == null) {
                String stem = name.substring(0, name.length() - 2);
                String plural = plural(stem.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
                collection = contract.creatablePaths().stream()
                        .filter(p -> !p.contains("{") && p.endsWith("/" + plural)).findFirst().orElse(null);
                if (collection == null) {
                    problem("no collection for the reference " + owner + "." + name + ": the contract has no POST …/"
                            + plural + ", and RequestHints.REFERENCES does not name one");
                    return 0L;
                }
            }
            return recordAt(collection, Map.of()).id();
        }

        @Override
        public String unique(String prefix) {
            return Fixtures.unique(prefix);
        }

        private Created placeholder() {
            return new Created(0, JSON.createObjectNode(), "\"0\"");
        }

        /** The id of what was created: the body's id, else a nested object's (key + record), else Location's last segment. */
        private static Created created(String collection, Response r) {
            JsonNode body = r.asString().isBlank() ? JSON.createObjectNode() : r.as(JsonNode.class);
            if (body.path("id").isIntegralNumber()) {
                return new Created(body.get("id").asLong(), body, r.header("ETag"));
            }
            var fields = body.fields();
            while (fields.hasNext()) {
                JsonNode nested = fields.next().getValue();
                if (nested.path("id").isIntegralNumber()) {
                    return new Created(nested.get("id").asLong(), nested, r.header("ETag"));
                }
            }
            String location = r.header("Location");
            if (location != null && location.matches(".*/\\d+/?")) {
                String[] parts = location.split("/");
                return new Created(Long.parseLong(parts[parts.length - 1]), body, r.header("ETag"));
            }
            throw new AssertionError("made one record of " + collection + " but cannot tell its id: " + r.asString());
        }

        private static String plural(String word) {
            if (word.endsWith("y") && !word.matches(".*[aeiou]y")) {
                return word.substring(0, word.length() - 1) + "ies";
            }
            return word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")
                    ? word + "es" : word + "s";
        }

        /** Whether the schema accepts the value (type, enum, pattern, maximal length). */
        static boolean fits(Object value, Schema s) {
            JsonNode v = value instanceof JsonNode n ? n : JSON.valueToTree(value);
            String type = s.type();
            if (!s.enumValues().isEmpty() && !s.enumValues().contains(v.asText())) {
                return false;
            }
            if (type == null) {
                return true;
            }
            return switch (type) {
                case "string" -> v.isTextual()
                        && (s.pattern() == null || Pattern.compile(s.pattern()).matcher(v.asText()).find())
                        && (s.maxLength() == null || v.asText().codePointCount(0, v.asText().length()) <= s.maxLength());
                case "integer" -> v.isIntegralNumber();
                case "number" -> v.isNumber();
                case "boolean" -> v.isBoolean();
                case "array" -> v.isArray();
                case "object" -> v.isObject();
                default -> true;
            };
        }
    }
}
