package cn.xinhuo.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into application/problem+json. Nothing here ever echoes an exception
 * message or class name: details come from the message bundle only.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        List<FieldError> errors = e.errors().stream()
                .map(fe -> new FieldError(fe.field(), Messages.resolve(locale, fe.message(), e.args())))
                .toList();
        Response response = build(e.type(), e.type().status(), locale, Messages.get(locale, e.detailKey(), e.args()), uri,
                errors, e.existing());
        e.headers().forEach(response.getHeaders()::add);
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return build(ProblemType.VALIDATION, locale, Messages.get(locale, "validation.detail", fields), uri, errors);
    }

    /** A wrong type, format or unknown enum value in a body (also overrides the built-in JSON mapper). */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    /** Unreadable JSON, or a value that does not fit its property: name the property when known. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        // Jackson wraps a syntax error inside a property in a mapping exception: still malformed JSON
        boolean syntax = e instanceof JsonParseException || e.getCause() instanceof JsonParseException;
        if (!syntax && e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m.getPath());
            return build(ProblemType.VALIDATION, locale, Messages.get(locale, "validation.detail", field), uri,
                    List.of(new FieldError(field, Messages.get(locale, "validation.unreadable-value"))));
        }
        return build(ProblemType.MALFORMED_REQUEST, locale, Messages.get(locale, "malformed-request.detail"), uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        return build(ProblemType.PRECONDITION_FAILED, locale, Messages.get(locale, "precondition-failed.detail"), uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response databaseAway(JDBCConnectionException e, HttpHeaders headers, UriInfo uri) {
        return unavailable(DatabaseTrouble.of(e).orElse(DatabaseTrouble.AWAY), e, headers, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (type == ProblemType.INTERNAL) {
            return unexpected(e, headers, uri);
        }
        return build(type, status, locale, Messages.get(locale, type.slug() + ".detail"), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        var trouble = DatabaseTrouble.of(e);
        if (trouble.isPresent()) {
            return unavailable(trouble.get(), e, headers, uri);
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected failure, reference %s", reference);
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        return build(ProblemType.INTERNAL, locale, Messages.get(locale, "internal.detail", reference), uri, List.of());
    }

    /** The database cannot serve now (R5): 503 with Retry-After, logged without the stack trace. */
    private static Response unavailable(DatabaseTrouble trouble, Throwable e, HttpHeaders headers, UriInfo uri) {
        Log.warnf("database %s on %s: %s", trouble.name().toLowerCase(Locale.ROOT), uri == null ? "-" : uri.getPath(),
                rootMessage(e));
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        Response response = build(ProblemType.SERVICE_UNAVAILABLE, locale, Messages.get(locale, trouble.detailKey()),
                uri, List.of());
        response.getHeaders().add(HttpHeaders.RETRY_AFTER, String.valueOf(trouble.retryAfterSeconds()));
        return response;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; depth < 20 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response build(ProblemType type, Locale locale, String detail, UriInfo uri,
                                  List<FieldError> errors) {
        return build(type, type.status(), locale, detail, uri, errors);
    }

    private static Response build(ProblemType type, int status, Locale locale, String detail, UriInfo uri,
                                  List<FieldError> errors) {
        return build(type, status, locale, detail, uri, errors, null);
    }

    private static Response build(ProblemType type, int status, Locale locale, String detail, UriInfo uri,
                                  List<FieldError> errors, String existing) {
        var body = new Problem(type.uri(), Messages.get(locale, type.slug() + ".title"), status, detail,
                uri == null ? null : uri.getPath(), errors.isEmpty() ? null : errors, existing);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /**
     * "create.body.name" → "name"; "list.size" → "size"; nested beans keep their dotted path, with
     * list positions where JSON has them: criteria[0].items[1].code (a node's index is its place in
     * the list that holds it, so it belongs after the name before it).
     */
    static String fieldName(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        boolean inBean = false;
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT || kind == ElementKind.BEAN) {
                if (!inBean) {
                    names.clear();
                    inBean = true;
                }
                if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (kind == ElementKind.PROPERTY && node.getName() != null) {
                    names.add(node.getName());
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (var ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
