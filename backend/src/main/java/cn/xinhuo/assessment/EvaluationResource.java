package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.EvaluationForm;
import cn.xinhuo.assessment.dto.EvaluationPage;
import cn.xinhuo.assessment.dto.EvaluationStep;
import cn.xinhuo.assessment.dto.EvaluationView;
import cn.xinhuo.assessment.dto.EvidenceView;
import cn.xinhuo.assessment.dto.SpotCheckDuePage;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

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
    @Path("spot-checks-due")
    @Operation(operationId = "searchSpotChecksDue",
            summary = "Title holders of the subtree and their spot checks in a year (two a year, one per half-year held), overdue first")
    public SpotCheckDuePage spotChecksDue(
            @Parameter(description = "The year (default: the year of asOf).") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "The day to judge by (default today).") @QueryParam("asOf") LocalDate asOf,
            @QueryParam("within") Long within,
            @Parameter(description = "Only holders with an overdue spot check.") @QueryParam("overdueOnly") boolean overdueOnly,
            @Valid @BeanParam PageQuery paging) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        return service.spotChecksDue(year == null ? day.getYear() : year, day, within, overdueOnly, paging);
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

    @POST
    @Path("{id}/evidence")
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @Requires(Permission.ASSESSMENT_WRITE)
    @Operation(operationId = "addEvidence",
            summary = "Keep a photo (JPEG, PNG) or scan (PDF) of at most 5 MB with a DRAFT evaluation (20 at most)",
            description = "The content must be what its type says (400 naming `file`); another type is a 415, a larger file a 413, "
                    + "a submitted or confirmed evaluation a 409.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Kept.", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public Response addEvidence(@PathParam("id") long id,
                                @Parameter(description = "The file's name as the user knows it.") @QueryParam("fileName") @Size(max = 200) String fileName,
                                byte[] file, @Context HttpHeaders headers, @Context UriInfo uri) {
        EvidenceView kept = service.addEvidence(id, headers.getMediaType() == null ? null
                : headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype(), fileName, file);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(kept.id())).replaceQuery(null).build())
                .entity(kept).build();
    }

    @GET
    @Path("{id}/evidence/{evidenceId}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @Operation(operationId = "getEvidence", summary = "The content of an evidence file, as an attachment")
    @APIResponse(responseCode = "200", description = "The file.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        EvaluationEvidence file = service.evidenceFile(id, evidenceId);
        return Response.ok(file.content, file.mediaType)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + file.id + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @DELETE
    @Path("{id}/evidence/{evidenceId}")
    @Requires(Permission.ASSESSMENT_WRITE)
    @Operation(operationId = "removeEvidence", summary = "Remove an evidence file from a DRAFT evaluation (409 once submitted)")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        service.removeEvidence(id, evidenceId);
        return Response.noContent().build();
    }
}
