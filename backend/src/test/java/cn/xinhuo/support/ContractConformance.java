package cn.xinhuo.support;

import cn.xinhuo.support.OpenApiContract.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether an answer, or an input, is one the contract allows, judged by an independent JSON Schema
 * validator over the schemas of openapi.yaml itself: networknt json-schema-validator with its
 * OpenAPI 3.1 dialect (JSON Schema draft 2020-12, formats asserted), so {@code type: [string, "null"]},
 * {@code anyOf} with null and {@code $ref} beside other keywords mean what OpenAPI 3.1 says.
 *
 * <p>Not the Atlassian swagger-request-validator: 2.46.1 reads 3.1 through swagger-parser and checks
 * schemas with a draft-4 validator that drops 3.1 type lists, so {@code "id": "x"} for an integer and
 * {@code null} for a non-nullable string pass; it also refuses to load this contract (it wants a
 * {@code license.identifier}, which 3.1 does not require).
 */
public final class ContractConformance {

    /** The contract's address for the validator; never fetched, the text is handed over. */
    private static final String DOCUMENT = "https://contract.xinhuo.invalid/openapi.json";
    /** Numbers as written (1E+400 is no double), as the contract's bounds read them. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static ContractConformance loaded;

    private final OpenApiContract contract;
    private final SchemaRegistry registry;
    private final Map<JsonNode, Schema> compiled = new IdentityHashMap<>();
    private int inline;

    private ContractConformance(OpenApiContract contract) {
        this.contract = contract;
        String document;
        try {
            document = JSON.writeValueAsString(contract.root());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the contract as JSON", e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(DOCUMENT, document))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** Judges by the contract of this repository. */
    public static synchronized ContractConformance load() {
        if (loaded == null) {
            loaded = new ContractConformance(OpenApiContract.load());
        }
        return loaded;
    }

    /**
     * What is wrong with an answer to the operation: a status it does not declare, a media type
     * that status does not declare, a body where none is declared, or a JSON body its schema
     * refuses. Empty when the contract declares the answer.
     */
    public List<String> answerViolations(Operation operation, int status, String contentType, byte[] body) {
        JsonNode responses = operation.node().path("responses");
        String code = declaredCode(responses, status);
        if (code == null) {
            List<String> declared = new ArrayList<>();
            responses.fieldNames().forEachRemaining(declared::add);
            return List.of("status " + status + " is not declared (declared: " + String.join(", ", declared) + ")");
        }
        JsonNode content = contract.deref(responses.get(code)).path("content");
        String media = mediaType(contentType);
        if (content.isEmpty()) {
            return body.length == 0 ? List.of()
                    : List.of("status " + status + " declares no body, but " + body.length + " bytes of " + media + " came");
        }
        String declaredMedia = null;
        for (var it = content.fieldNames(); it.hasNext(); ) {
            String candidate = it.next();
            if (candidate.equalsIgnoreCase(media) || candidate.equals("*/*")
                    || candidate.endsWith("/*") && media.startsWith(candidate.substring(0, candidate.length() - 1))) {
                declaredMedia = candidate;
                break;
            }
        }
        if (declaredMedia == null) {
            List<String> declared = new ArrayList<>();
            content.fieldNames().forEachRemaining(declared::add);
            return List.of("status " + status + " answered " + media + ", not a declared media type " + declared);
        }
        if (!isJson(media)) {
            return body.length > 0 ? List.of() : List.of("status " + status + " answered an empty " + media);
        }
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("status " + status + " answered " + media + " that is not JSON");
        }
        return violations(content.path(declaredMedia).path("schema"), value).stream()
                .map(v -> "status " + status + " body: " + v).toList();
    }

    /** What the schema (a node of the contract) refuses in the value; empty when the value conforms. */
    public synchronized List<String> violations(JsonNode schema, JsonNode value) {
        Schema validator = compiled.computeIfAbsent(schema, s -> registry.getSchema(
                SchemaLocation.of(DOCUMENT.replace("openapi.json", "inline-" + inline++ + ".json")), absoluteRefs(s)));
        return validator.validate(value).stream().map(Error::toString).toList();
    }

    /** Whether a media type carries JSON (application/json, application/problem+json …). */
    public static boolean isJson(String mediaType) {
        String media = mediaType(mediaType);
        return media.equals("application/json") || media.endsWith("+json");
    }

    /** The media type without parameters, in lower case; empty for none. */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The response key that covers the status: itself, its class ({@code 4XX}) or {@code default}; else null. */
    private static String declaredCode(JsonNode responses, int status) {
        for (String key : List.of(String.valueOf(status), (status / 100) + "XX", "default")) {
            if (responses.has(key)) {
                return key;
            }
        }
        return null;
    }

    /** A copy of a schema written inside the contract whose local references name the contract. */
    private static JsonNode absoluteRefs(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        rewrite(copy);
        return copy;
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("$ref").asText("").startsWith("#")) {
            object.put("$ref", DOCUMENT + object.get("$ref").asText());
        }
        node.forEach(ContractConformance::rewrite);
    }
}
