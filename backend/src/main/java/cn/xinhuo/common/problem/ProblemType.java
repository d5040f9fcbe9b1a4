package cn.xinhuo.common.problem;

import jakarta.ws.rs.core.Response.Status;

/**
 * The stable problem types of the API. The {@code type} URI never changes once published; the
 * title is looked up in the request's language.
 */
public enum ProblemType {
    VALIDATION("validation", 400),
    MALFORMED_REQUEST("malformed-request", 400),
    UNAUTHORIZED("unauthorized", 401),
    TOTP_REQUIRED("totp-required", 401),
    FORBIDDEN("forbidden", 403),
    PASSWORD_CHANGE_REQUIRED("password-change-required", 403),
    TOTP_ENROLMENT_REQUIRED("totp-enrolment-required", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    POSSIBLE_DUPLICATE("possible-duplicate", 409),
    PRECONDITION_FAILED("precondition-failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    PRECONDITION_REQUIRED("precondition-required", 428),
    TOO_MANY_REQUESTS("too-many-requests", 429),
    SERVICE_UNAVAILABLE("service-unavailable", 503),
    INTERNAL("internal", 500);

    private static final String PREFIX = "urn:xinhuo:problem:";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            // a bare 400 from the framework is unreadable input; VALIDATION always names fields
            if (t.status == status && t != VALIDATION && t != PASSWORD_CHANGE_REQUIRED && t != TOTP_REQUIRED
                    && t != TOTP_ENROLMENT_REQUIRED
                    && t != POSSIBLE_DUPLICATE) {
                return t;
            }
        }
        return Status.Family.familyOf(status) == Status.Family.SERVER_ERROR ? INTERNAL : MALFORMED_REQUEST;
    }
}
