package cn.xinhuo.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.annotation.Annotation;
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
        String field = syntax ? null : e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "";
        if (!syntax && field.isEmpty()) {
            field = parsedField(e);
        }
        if (field != null && !field.isEmpty()) {
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
        // a parameter converter's refusal (StrictQueryParameters) arrives wrapped by JAX-RS in a 404 or 400,
        // and a number out of range in a body wrapped by the JSON reader in a 400
        if (e.getCause() instanceof ProblemException refusal) {
            return problem(refusal, headers, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, headers, uri);
        }
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
        Path.MethodNode method = null;
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (kind == ElementKind.PARAMETER) {
                names.clear();
                names.add(httpName(parameterAnnotations(v.getRootBeanClass(), method, node), node.getName()));
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT || kind == ElementKind.BEAN) {
                if (!inBean) {
                    names.clear();
                    inBean = true;
                }
                if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (kind == ElementKind.PROPERTY && node.getName() != null) {
                    // a field of a @BeanParam is named as its query parameter
                    names.add(names.isEmpty() && v.getLeafBean() != null
                            ? httpName(fieldAnnotations(v.getLeafBean().getClass(), node.getName()), node.getName())
                            : node.getName());
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /** The name a client uses: of the query, header, path or form parameter, else the Java one. */
    private static String httpName(Annotation[] annotations, String javaName) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            }
        }
        return javaName;
    }

    /**
     * The annotations of the validated method's parameter, from the class that declares them (the
     * resource, not the subclass the container generates for interceptors).
     */
    private static Annotation[] parameterAnnotations(Class<?> type, Path.MethodNode method, Path.Node parameter) {
        if (method == null) {
            return new Annotation[0];
        }
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        int index = parameter.as(Path.ParameterNode.class).getParameterIndex();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Annotation[] annotations = c.getDeclaredMethod(method.getName(), types).getParameterAnnotations()[index];
                if (annotations.length > 0) {
                    return annotations;
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return new Annotation[0];
    }

    private static Annotation[] fieldAnnotations(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name).getAnnotations();
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        return new Annotation[0];
    }

    /**
     * The property the parser stopped in, for a value that did not fit where Jackson leaves no
     * mapping path (a number out of its type's range, a record's constructor argument); null at
     * the top of the body.
     */
    private static String parsedField(JsonProcessingException e) {
        Object processor = e.getProcessor() != null ? e.getProcessor()
                : e.getCause() instanceof JsonProcessingException cause ? cause.getProcessor() : null;
        if (!(processor instanceof JsonParser parser)) {
            return null;
        }
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            steps.add(0, context.inArray() ? "[" + context.getCurrentIndex() + "]" : context.getCurrentName());
        }
        return steps.contains(null) ? null : String.join(".", steps).replace(".[", "[");
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
