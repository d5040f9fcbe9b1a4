package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.EvaluationForm;
import cn.xinhuo.assessment.dto.EvaluationPage;
import cn.xinhuo.assessment.dto.EvaluationStep;
import cn.xinhuo.assessment.dto.EvaluationView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Organizations scored on a sheet: self-checks, spot checks, rechecks, 党建带关工 results.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ASSESSMENT_READ)
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final AssessmentService service;

    EvaluationResource(AssessmentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchEvaluations", summary = "Evaluations of a subtree or of one organization, newest first")
    public EvaluationPage search(
            @QueryParam("within") Long within,
            @QueryParam("organizationId") Long organizationId,
            @Parameter(schema = @Schema(implementation = EvaluationKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = EvaluationStatus.class)) @QueryParam("status") String status,
            @Valid @BeanParam PageQuery paging) {
        return service.evaluations(new AssessmentRepository.EvaluationSearch(within, organizationId,
                QueryParams.enumValue(EvaluationKind.class, "kind", kind),
                QueryParams.enumValue(EvaluationStatus.class, "status", status)), paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEvaluation", summary = "One evaluation with its totals, its version as the ETag")
    @APIResponse(responseCode = "200", description = "The evaluation.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.evaluation(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_WRITE)
    @Operation(operationId = "createEvaluation", summary = "Start scoring an organization (a DRAFT); a score above an item's maximum is a 400")
    @APIResponse(responseCode = "201", description = "Started.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    public Response create(@Valid @NotNull EvaluationForm body, @Context UriInfo uri) {
        EvaluationView created = service.createEvaluation(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_WRITE)
    @Operation(operationId = "updateEvaluation", summary = "Change the scores of a DRAFT (If-Match required; 409 once submitted)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The evaluation's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull EvaluationForm body) {
        return ETags.tagged(Response.ok(), service.updateEvaluation(id, ETags.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_WRITE)
    @Operation(operationId = "stepEvaluation", summary = "Submit a DRAFT or confirm a SUBMITTED evaluation (If-Match required); confirmed is final")
    @APIResponse(responseCode = "200", description = "Stepped.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response step(@PathParam("id") long id,
                         @Parameter(description = "The evaluation's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull EvaluationStep body) {
        return ETags.tagged(Response.ok(), service.step(id, ETags.expectedVersion(ifMatch), body.status()));
    }
}
