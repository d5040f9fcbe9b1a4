package cn.xinhuo.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The committed contract (openapi.yaml at the repository root, equal to what the backend serves)
 * read as data: its operations, their parameters and bodies, and its schemas with {@code $ref},
 * {@code anyOf [X, null]} and {@code type: [X, "null"]} folded into one plain schema.
 */
public final class OpenApiContract {

    private static final Path FILE = Path.of("..", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static OpenApiContract loaded;

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApiContract(JsonNode root) {
        this.root = root;
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(new Operation(this, op.getValue().path("operationId").asText(null),
                        op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue(), path.getValue()));
            }
        }));
    }

    /** The contract of this repository. */
    public static synchronized OpenApiContract load() {
        if (loaded == null) {
            try {
                loaded = parse(Files.readString(FILE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the contract " + FILE.toAbsolutePath(), e);
            }
        }
        return loaded;
    }

    /** A contract given as YAML (or JSON) text. */
    public static OpenApiContract parse(String yaml) {
        try {
            return new OpenApiContract(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the contract", e);
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The whole document as read. */
    public JsonNode root() {
        return root;
    }

    public Optional<Operation> operation(String method, String pathTemplate) {
        return operations.stream().filter(o -> o.method().equals(method) && o.path().equals(pathTemplate)).findFirst();
    }

    /** The paths of the contract with a POST operation (the collections records are created in). */
    public List<String> creatablePaths() {
        return operations.stream().filter(o -> o.method().equals("POST")).map(Operation::path).toList();
    }

    /** An operation of the contract: its id, HTTP method and path template. */
    public record Operation(OpenApiContract contract, String id, String method, String path, JsonNode node,
                            JsonNode pathItem) {

        /** Path-level and operation-level parameters, {@code $ref}s resolved. */
        public List<JsonNode> parameters() {
            List<JsonNode> all = new ArrayList<>();
            pathItem.path("parameters").forEach(all::add);
            node.path("parameters").forEach(all::add);
            return all.stream().map(contract::deref).toList();
        }

        public List<JsonNode> parameters(String in) {
            return parameters().stream().filter(p -> in.equals(p.path("in").asText())).toList();
        }

        /** The request body's media types and schemas, in the contract's order; empty without a body. */
        public Map<String, JsonNode> requestBodies() {
            Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
            contract.deref(node.path("requestBody")).path("content").fields()
                    .forEachRemaining(c -> bodies.put(c.getKey(), c.getValue().path("schema")));
            return bodies;
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    // ---- schemas ---------------------------------------------------------------------------------

    /** Follows a {@code $ref} chain to the node it names (a schema, parameter, request body …). */
    public JsonNode deref(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 20) {
            node = target(node.get("$ref").asText());
        }
        return node;
    }

    /** The component name a schema refers to ({@code VolunteerForm} for #/components/schemas/VolunteerForm), else null. */
    public static String refName(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return null;
        }
        String ref = schema.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    public JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }

    /**
     * The schema as one plain object: the {@code $ref} target overlaid with the sibling keywords
     * (an example, a description), the first non-null alternative of {@code anyOf}/{@code oneOf},
     * all parts of {@code allOf}, and the first non-null entry of a type list. {@code name} is the
     * first component name met.
     */
    public Schema flatten(JsonNode schema) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        String name = fold(schema, merged, 0);
        return new Schema(name, merged, schema);
    }

    /** Writes the schema's keywords into {@code into}, referenced ones first so its own win; returns the first name met. */
    private String fold(JsonNode schema, ObjectNode into, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 20) {
            return null;
        }
        String name = null;
        if (schema.has("$ref")) {
            name = refName(schema);
            fold(target(schema.get("$ref").asText()), into, depth + 1);
        }
        for (String oneOf : List.of("anyOf", "oneOf")) {
            for (JsonNode alternative : schema.path(oneOf)) {
                if (!"null".equals(alternative.path("type").asText())) {
                    String inner = fold(alternative, into, depth + 1);
                    name = name != null ? name : inner;
                    break;
                }
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            String inner = fold(part, into, depth + 1);
            name = name != null ? name : inner;
        }
        schema.fields().forEachRemaining(f -> {
            if (!Set.of("$ref", "anyOf", "oneOf", "allOf").contains(f.getKey())) {
                into.set(f.getKey(), f.getValue());
            }
        });
        return name;
    }

    private JsonNode target(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + ref);
        }
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        if (node.isMissingNode()) {
            throw new IllegalStateException("the contract has no " + ref);
        }
        return node;
    }

    /**
     * A schema with its references folded in. {@code own} is the node as written where it is used,
     * so an example written next to a {@code $ref} can be told from the referenced schema's own.
     */
    public record Schema(String name, JsonNode node, JsonNode own) {

        public String type() {
            JsonNode type = node.path("type");
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (!"null".equals(t.asText())) {
                        return t.asText();
                    }
                }
                return "null";
            }
            if (type.isMissingNode()) {
                return node.has("properties") ? "object" : node.has("enum") ? "string" : null;
            }
            return type.asText();
        }

        public String format() {
            return node.path("format").asText(null);
        }

        public List<String> enumValues() {
            List<String> values = new ArrayList<>();
            node.path("enum").forEach(v -> values.add(v.asText()));
            return values;
        }

        /** The property names in the contract's order. */
        public List<String> propertyNames() {
            List<String> names = new ArrayList<>();
            node.path("properties").fieldNames().forEachRemaining(names::add);
            return names;
        }

        public JsonNode property(String name) {
            return node.path("properties").path(name);
        }

        public boolean requires(String property) {
            for (JsonNode r : node.path("required")) {
                if (r.asText().equals(property)) {
                    return true;
                }
            }
            return false;
        }

        public JsonNode items() {
            return node.path("items");
        }

        /** An example: {@code example}, or the first of {@code examples}; null without one. */
        public JsonNode example() {
            return example(node);
        }

        /** An example written where the schema is used (not only on the referenced schema). */
        public boolean hasOwnExample() {
            return own != null && example(own) != null;
        }

        private static JsonNode example(JsonNode n) {
            if (n.has("example")) {
                return n.get("example");
            }
            Iterator<JsonNode> examples = n.path("examples").elements();
            return examples.hasNext() ? examples.next() : null;
        }

        public String pattern() {
            return node.path("pattern").asText(null);
        }

        public Integer maxLength() {
            return node.has("maxLength") ? node.get("maxLength").asInt() : null;
        }

        public JsonNode minimum() {
            return node.get("minimum");
        }

        public JsonNode defaultValue() {
            return node.get("default");
        }

        public int minItems() {
            return node.path("minItems").asInt(0);
        }

        @Override
        public String toString() {
            return name != null ? name : node.toString();
        }
    }
}
