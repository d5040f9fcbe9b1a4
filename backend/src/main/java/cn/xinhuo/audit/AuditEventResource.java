package cn.xinhuo.audit;

import cn.xinhuo.audit.dto.AuditEventPage;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "The append-only audit trail: security events and every change.")
@SecurityRequirement(name = "bearerAuth")
@Requires(Permission.AUDIT_READ)
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    private final AuditEventRepository repository;
    private final CurrentCaller caller;

    AuditEventResource(AuditEventRepository repository, CurrentCaller caller) {
        this.repository = repository;
        this.caller = caller;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "searchAuditEvents", summary = "Audit events within the caller's scope, newest first; paged")
    public AuditEventPage search(
            @Parameter(description = "From this time on (ISO 8601 with offset).") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Before this time.") @QueryParam("to") OffsetDateTime to,
            @Parameter(example = "LOGIN_FAILED") @QueryParam("event") @Size(max = 64) String event,
            @QueryParam("actor") @Size(max = 100) String actor,
            @QueryParam("outcome") @Pattern(regexp = "SUCCESS|FAILURE") String outcome,
            @Parameter(example = "organization") @QueryParam("objectType") @Size(max = 64) String objectType,
            @QueryParam("objectId") @Size(max = 64) String objectId,
            @Valid @BeanParam PageQuery paging) {
        var search = new AuditEventRepository.Search(from, to, event, actor, outcome, objectType, objectId);
        var scope = caller.scope();
        return new AuditEventPage(repository.search(search, scope, paging.offset(), paging.size),
                paging.page, paging.size, repository.count(search, scope));
    }
}
