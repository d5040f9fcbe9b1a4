package cn.xinhuo.security;

import cn.xinhuo.audit.SecurityEvents;
import cn.xinhuo.audit.SecurityEvents.Outcome;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;

/**
 * The one gate of the API. For every matched endpoint: resolve the caller from its bearer token
 * or API key (401 without a live one), hold it in {@link CurrentCaller} for the scope checks downstream, and
 * check the endpoint's {@link Requires permission} against the role table (403). An endpoint that
 * declares nothing is refused for everybody: the default is deny.
 */
public class AccessFilter {

    private final Sessions sessions;
    private final ApiKeys apiKeys;
    private final CurrentCaller current;
    private final SecurityEvents events;

    AccessFilter(Sessions sessions, ApiKeys apiKeys, CurrentCaller current, SecurityEvents events) {
        this.sessions = sessions;
        this.apiKeys = apiKeys;
        this.current = current;
        this.events = events;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        String address = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        current.setClientAddress(address);
        if (method.isAnnotationPresent(PublicApi.class)) {
            return;
        }
        String apiKey = request.getHeaderString(ApiKeys.HEADER);
        Caller caller = (apiKey != null ? apiKeys.resolve(apiKey)
                : sessions.resolve(bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION))))
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, "unauthorized.detail"));
        current.set(caller);
        if (method.isAnnotationPresent(AuthenticatedOnly.class)) {
            if (caller.isIntegrationClient()) {
                // logout, me, password: things of a person, not of a machine client
                throw new ProblemException(ProblemType.FORBIDDEN, "forbidden.detail");
            }
            return;
        }
        if (caller.mustChangePassword()) {
            throw new ProblemException(ProblemType.PASSWORD_CHANGE_REQUIRED, "password-change-required.detail");
        }
        if (caller.mustEnrolTotp()) {
            throw new ProblemException(ProblemType.TOTP_ENROLMENT_REQUIRED, "totp-enrolment-required.detail");
        }
        Requires requires = method.getAnnotation(Requires.class);
        if (requires == null) {
            requires = resource.getResourceClass().getAnnotation(Requires.class);
        }
        if (requires == null) {
            Log.errorf("endpoint without a declared permission refused: %s", method);
        }
        if (requires == null || !caller.has(requires.value())) {
            events.record("ACCESS_DENIED", Outcome.FAILURE, caller.username(), "endpoint",
                    request.getMethod() + " " + request.getUriInfo().getPath(), caller.organizationId(), address,
                    requires == null ? "no permission declared" : "missing " + requires.value());
            throw new ProblemException(ProblemType.FORBIDDEN, "forbidden.detail");
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }
}
