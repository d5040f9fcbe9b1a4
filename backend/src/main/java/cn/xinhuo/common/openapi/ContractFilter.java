package cn.xinhuo.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Declares the problem+json answers every operation can give, so the contract states the error
 * model once instead of on each resource method: 400 where there is input, 401/403 where a login
 * is required, 413/415 where there is a body (too large, or not of a media type the operation
 * takes), 404 where records are named (an id in the path, an id parameter, a body that refers to
 * records: absent, or outside the caller's subtree), 409/412/428 where If-Match guards a change,
 * and 500/503 everywhere.
 */
public class ContractFilter implements OASFilter {

    /**
     * A nullable record property comes out of the scanner as {@code type: object} beside
     * {@code anyOf: [the record, null]}; both apply, so null would be refused. Its type allows null too.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        boolean nullAlternative = schema.getAnyOf() != null && schema.getAnyOf().stream()
                .anyMatch(a -> List.of(Schema.SchemaType.NULL).equals(a.getType()));
        if (nullAlternative && type != null && !type.isEmpty() && !type.contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> orNull = new ArrayList<>(type);
            orNull.add(Schema.SchemaType.NULL);
            schema.setType(orNull);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasId = path.getKey().contains("{");
            path.getValue().getOperations().values()
                    .forEach(op -> declareProblems(op, hasId || namesRecords(op, schemas)));
        }
    }

    /**
     * Whether the operation names records outside its path, which may not exist or lie outside the
     * caller's subtree (404): an id parameter ({@code within}, {@code organizationId} …, int64), or a
     * body with a property that is one ({@code …Id}, {@code …Ids}, a research visit's {@code places}).
     */
    private static boolean namesRecords(Operation op, Map<String, Schema> schemas) {
        boolean idParameter = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getSchema() != null && "int64".equals(p.getSchema().getFormat()));
        if (idParameter || op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return idParameter;
        }
        return op.getRequestBody().getContent().getMediaTypes().values().stream()
                .map(media -> media.getSchema() == null || media.getSchema().getRef() == null ? media.getSchema()
                        : schemas.get(media.getSchema().getRef().substring(media.getSchema().getRef().lastIndexOf('/') + 1)))
                .filter(schema -> schema != null && schema.getProperties() != null)
                .flatMap(schema -> schema.getProperties().keySet().stream())
                .anyMatch(name -> name.endsWith("Id") || name.endsWith("Ids") || name.equals("places"));
    }

    private static void declareProblems(Operation op, boolean namesRecords) {
        APIResponses responses = op.getResponses();
        boolean hasInput = op.getRequestBody() != null
                || (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() != null
                && !"path".equals(p.getIn().toString())));
        boolean guarded = op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
        if (hasInput) {
            add(responses, "400", "BadRequest");
        }
        if (op.getRequestBody() != null) {
            add(responses, "413", "PayloadTooLarge");
            add(responses, "415", "UnsupportedMediaType");
        }
        if (namesRecords) {
            add(responses, "404", "NotFound");
        }
        if (guarded) {
            add(responses, "409", "Conflict");
            add(responses, "412", "PreconditionFailed");
            add(responses, "428", "PreconditionRequired");
        }
        if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            add(responses, "401", "Unauthorized");
            add(responses, "403", "Forbidden");
        }
        add(responses, "500", "InternalError");
        add(responses, "503", "ServiceUnavailable");
    }

    /** Adds the shared response, also replacing a bare one the scanner generated (no problem body). */
    private static void add(APIResponses responses, String code, String name) {
        var existing = responses.getAPIResponse(code);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
        }
    }
}
