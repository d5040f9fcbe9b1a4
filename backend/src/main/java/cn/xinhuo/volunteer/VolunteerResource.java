package cn.xinhuo.volunteer;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import cn.xinhuo.volunteer.dto.EligibilityRuleForm;
import cn.xinhuo.volunteer.dto.EligibilityRuleView;
import cn.xinhuo.volunteer.dto.PersonalData;
import cn.xinhuo.volunteer.dto.StatusChangeForm;
import cn.xinhuo.volunteer.dto.StatusChangeView;
import cn.xinhuo.volunteer.dto.VolunteerForm;
import cn.xinhuo.volunteer.dto.VolunteerPage;
import cn.xinhuo.volunteer.dto.VolunteerView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import java.util.List;

@Path("/api/v1/volunteers")
@Tag(name = "Volunteers", description = "The 五老 register.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.VOLUNTEER_READ)
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {

    private static final String IF_MATCH = "The ETag read with the volunteer; stale → 412, missing → 428.";

    private final VolunteerService service;

    VolunteerResource(VolunteerService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchVolunteers",
            summary = "Search the register by name (or pinyin initials), category, status, residence, age, team and honour, within a subtree")
    public VolunteerPage search(@Valid @BeanParam VolunteerFilter filter, @Valid @BeanParam PageQuery paging) {
        return service.search(filter.toSearch(), paging);
    }

    @GET
    @Path("export")
    @Produces(VolunteerExport.MEDIA_TYPE)
    @Operation(operationId = "exportVolunteers",
            summary = "The filtered register as .xlsx (same filters as the search; scoped, masked, audited, 10 a minute)")
    @APIResponse(responseCode = "200", description = "The workbook.",
            content = @Content(mediaType = VolunteerExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response export(@Valid @BeanParam VolunteerFilter filter) {
        var search = filter.toSearch();
        return Response.ok(service.export(search), VolunteerExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"volunteers.xlsx\"; filename*=UTF-8''%E4%BA%94%E8%80%81%E5%90%8D%E5%86%8C.xlsx")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getVolunteer", summary = "One volunteer, numbers masked, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The volunteer.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @GET
    @Path("{id}/personal-data")
    @Requires(Permission.PERSONAL_DATA_VIEW)
    @Operation(operationId = "getVolunteerPersonalData", summary = "The unmasked ID card and mobile numbers (audited)")
    public PersonalData personalData(@PathParam("id") long id) {
        return service.personalData(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.VOLUNTEER_WRITE)
    @Operation(operationId = "createVolunteer", summary = "Register a 五老",
            description = "409 conflict when the ID card number is registered already (`existing` points at it); 409 "
                    + "possible-duplicate when the township has the same name and birth date, unless confirmPossibleDuplicate.")
    @APIResponse(responseCode = "201", description = "Registered.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull VolunteerForm body, @Context UriInfo uri) {
        VolunteerView created = service.create(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.VOLUNTEER_WRITE)
    @Operation(operationId = "updateVolunteer", summary = "Update a volunteer (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull VolunteerForm body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }

    @POST
    @Path("{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.VOLUNTEER_WRITE)
    @Operation(operationId = "changeVolunteerStatus",
            summary = "Record a change of status (进城养老, 陪读, 外出务工, back, withdrawn, deceased) (If-Match required)")
    @APIResponse(responseCode = "200", description = "Changed.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    public Response changeStatus(@PathParam("id") long id,
                                 @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                                 @Valid @NotNull StatusChangeForm body) {
        return ETags.tagged(Response.ok(), service.changeStatus(id, ETags.expectedVersion(ifMatch), body));
    }

    @GET
    @Path("{id}/status-changes")
    @Operation(operationId = "listVolunteerStatusChanges", summary = "The status history of a volunteer, newest first")
    public List<StatusChangeView> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @Path("eligibility-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ELIGIBILITY_RULE_MANAGE)
    @Operation(operationId = "addEligibilityRule",
            summary = "A new age threshold from a date on (earlier ones stay as history); see who falls outside it first")
    @APIResponse(responseCode = "201", description = "Added.", content = @Content(schema = @Schema(implementation = EligibilityRuleView.class)))
    public Response addRule(@Valid @NotNull EligibilityRuleForm body) {
        return Response.status(Response.Status.CREATED).entity(service.addRule(body)).build();
    }

    @GET
    @Path("eligibility-rules/outside")
    @Operation(operationId = "listVolunteersOutsideThreshold",
            summary = "Active 五老 of the caller's scope who would be below a threshold on a day (before changing a rule)")
    public VolunteerPage outside(
            @Parameter(required = true, schema = @Schema(implementation = Residence.class)) @QueryParam("residence") String residence,
            @Parameter(required = true, schema = @Schema(implementation = Gender.class)) @QueryParam("gender") String gender,
            @Parameter(required = true, example = "55") @QueryParam("minAge") @NotNull @Min(30) @Max(100) Integer minAge,
            @Parameter(description = "Defaults to today.") @QueryParam("on") java.time.LocalDate on,
            @Valid @BeanParam PageQuery paging) {
        Residence r = QueryParams.enumValue(Residence.class, "residence", residence);
        Gender g = QueryParams.enumValue(Gender.class, "gender", gender);
        if (r == null || g == null) {
            throw cn.xinhuo.common.problem.ProblemException.badField(r == null ? "residence" : "gender", "volunteer.rule-key-required");
        }
        return service.outside(r, g, minAge, on == null ? java.time.LocalDate.now() : on, paging);
    }

    @GET
    @Path("eligibility-rules")
    @Operation(operationId = "listEligibilityRules",
            summary = "The age thresholds per residence and gender, with the dates they took effect")
    public List<EligibilityRuleView> rules() {
        return service.rules();
    }
}
