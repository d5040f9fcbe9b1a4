package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.TemplateForm;
import cn.xinhuo.assessment.dto.TemplatePage;
import cn.xinhuo.assessment.dto.TemplateView;
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

@Path("/api/v1/assessment-templates")
@Tag(name = "Assessment templates", description = "Score sheets (五好, 党建带关工), worded by each organization, versioned once used.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ASSESSMENT_READ)
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentTemplateResource {

    private final AssessmentService service;
    private final AssessmentTemplateService templates;

    AssessmentTemplateResource(AssessmentService service, AssessmentTemplateService templates) {
        this.service = service;
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "searchAssessmentTemplates",
            summary = "Score sheets of a subtree; with usableFor, the current ones an organization is scored on (its own and those above it)")
    public TemplatePage search(
            @Parameter(schema = @Schema(implementation = TemplateKind.class)) @QueryParam("kind") String kind,
            @QueryParam("within") Long within,
            @Parameter(description = "An organization of the caller's subtree: the sheets it may be scored on.") @QueryParam("usableFor") Long usableFor,
            @Parameter(description = "Only the current version of each sheet.") @QueryParam("current") boolean current,
            @Valid @BeanParam PageQuery paging) {
        return templates.search(new AssessmentRepository.TemplateSearch(QueryParams.enumValue(TemplateKind.class, "kind", kind),
                within, usableFor, current), paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAssessmentTemplate", summary = "One score sheet version, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The sheet.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), templates.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_MANAGE)
    @Operation(operationId = "createAssessmentTemplate", summary = "A new score sheet of an organization")
    @APIResponse(responseCode = "201", description = "Created.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Response create(@Valid @NotNull TemplateForm body, @Context UriInfo uri) {
        TemplateView created = service.createTemplate(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ASSESSMENT_MANAGE)
    @Operation(operationId = "updateAssessmentTemplate",
            summary = "Change a score sheet (If-Match); one already used gets a new version (a new id) and stays as it was")
    @APIResponse(responseCode = "200", description = "The changed sheet, or its new version.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The sheet's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TemplateForm body) {
        return ETags.tagged(Response.ok(), service.updateTemplate(id, ETags.expectedVersion(ifMatch), body));
    }
}
