package cn.xinhuo.common.web;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;

import java.util.List;

/** Versions exposed as strong ETags ("3") and read back from If-Match. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the caller last read. Missing → 428, unreadable → 400 naming If-Match; a stale
     * value is the service's business (412).
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "precondition-required.detail");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.VALIDATION,
                    List.of(new FieldError("If-Match", "{if-match.invalid}")), "if-match.invalid");
        }
    }

    /** A response carrying the entity and its version as the ETag. */
    public static jakarta.ws.rs.core.Response tagged(jakarta.ws.rs.core.Response.ResponseBuilder builder,
                                                     Versioned entity) {
        return builder.tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(entity.version()))).entity(entity).build();
    }

    public static void requireCurrent(long expected, long actual) {
        if (expected != actual) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "precondition-failed.detail");
        }
    }
}
