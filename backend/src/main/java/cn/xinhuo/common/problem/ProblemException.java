package cn.xinhuo.common.problem;

import java.util.List;

/**
 * A refusal the API explains to its caller. {@code detailKey} names a message in the
 * {@code problems} bundle (formatted with {@code args}) so the detail speaks the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] args;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detailKey, Object... args) {
        this(type, List.of(), detailKey, args);
    }

    public ProblemException(ProblemType type, List<FieldError> errors, String detailKey, Object... args) {
        super(detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.args = args;
        this.errors = errors;
    }

    /** A 400 naming one bad field; the message key is resolved in the caller's language. */
    public static ProblemException badField(String field, String messageKey, Object... args) {
        return new ProblemException(ProblemType.VALIDATION,
                List.of(new FieldError(field, "{" + messageKey + "}")), messageKey, args);
    }

    /**
     * A 404 for an id given in a body (a parent, an organization) that does not exist or lies
     * outside the caller's scope; it still names the field, for the form that sent it.
     */
    public static ProblemException missingReference(String field, String messageKey) {
        return new ProblemException(ProblemType.NOT_FOUND, List.of(new FieldError(field, "{" + messageKey + "}")),
                messageKey);
    }

    /** A 404 whose detail is the bundle's "{resource}.not-found" message. */
    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, resource + ".not-found", String.valueOf(id));
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> errors() {
        return errors;
    }

    private String existing;

    /** Points a conflict at the record it collides with (its API path). */
    public ProblemException pointingAt(String existingPath) {
        this.existing = existingPath;
        return this;
    }

    public String existing() {
        return existing;
    }

    /** Extra response headers, e.g. Retry-After on a 429. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }
}
