package cn.xinhuo.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * A body over the size limit is refused by the HTTP layer before any resource runs, with an empty
 * 413. This answers a declared Content-Length over the limit first, with the same problem+json
 * body as every other refusal (a chunked body over the limit still gets the HTTP layer's 413).
 */
@ApplicationScoped
public class HttpLimitProblems {

    /**
     * Uploaded files (a roster workbook, an evaluation's photos and scans) may be as large as the
     * HTTP layer allows, their own rules limit them further; every other body far less.
     */
    static final List<String> FILES = List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "image/jpeg", "image/png", "application/pdf");

    private final long maxBodySize;
    private final long maxOtherBodySize;

    HttpLimitProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                      @ConfigProperty(name = "xinhuo.http.max-json-body-size", defaultValue = "1M") MemorySize maxOtherBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxOtherBodySize = Math.min(maxOtherBodySize.asLongValue(), this.maxBodySize);
    }

    void register(@Observes Router router) {
        // before the HTTP layer's own limit check (order -2)
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            String type = ctx.request().getHeader("Content-Type");
            long limit = type != null && FILES.stream().anyMatch(type::startsWith) ? maxBodySize : maxOtherBodySize;
            if (length == null || !length.matches("\\d{1,19}") || Long.parseLong(length) <= limit) {
                ctx.next();
                return;
            }
            String language = ctx.request().getHeader("Accept-Language");
            Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            String body = "{\"type\":\"" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "\",\"title\":\""
                    + Messages.get(locale, "payload-too-large.title") + "\",\"status\":413,\"detail\":\""
                    + Messages.get(locale, "payload-too-large.detail") + "\"}";
            ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(body);
        });
    }
}
