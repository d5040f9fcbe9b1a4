package cn.xinhuo.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Declares the problem+json answers every operation can give, so the contract states the error
 * model once instead of on each resource method: 400 where there is input, 401/403 where a login
 * is required, 404 on a path with an id, 409/412/428 where If-Match guards a change, and 500/503
 * everywhere.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasId = path.getKey().contains("{");
            path.getValue().getOperations().values().forEach(op -> declareProblems(op, hasId));
        }
    }

    private static void declareProblems(Operation op, boolean hasId) {
        APIResponses responses = op.getResponses();
        boolean hasInput = op.getRequestBody() != null
                || (op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() != null
                && !"path".equals(p.getIn().toString())));
        boolean guarded = op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
        if (hasInput) {
            add(responses, "400", "BadRequest");
        }
        if (hasId) {
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
