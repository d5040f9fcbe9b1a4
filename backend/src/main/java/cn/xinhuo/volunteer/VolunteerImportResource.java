package cn.xinhuo.volunteer;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.Messages;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import cn.xinhuo.volunteer.dto.ImportPage;
import cn.xinhuo.volunteer.dto.ImportView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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

@Path("/api/v1/volunteer-imports")
@Tag(name = "Volunteer imports", description = "Bulk entry of the 五老 register from an Excel roster.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.VOLUNTEER_WRITE)
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerImportResource {

    private final VolunteerImportService service;

    VolunteerImportResource(VolunteerImportService service) {
        this.service = service;
    }

    @GET
    @Path("template")
    @Produces(VolunteerExport.MEDIA_TYPE)
    @Operation(operationId = "downloadVolunteerImportTemplate",
            summary = "The roster template (.xlsx): the columns, drop-downs of the allowed values and of the caller's organizations, instructions")
    @APIResponse(responseCode = "200", description = "The template.",
            content = @Content(mediaType = VolunteerExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        StreamingOutput body = service::template;
        return Response.ok(body, VolunteerExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"volunteer-roster-template.xlsx\"; "
                        + "filename*=UTF-8''%E4%BA%94%E8%80%81%E5%90%8D%E5%86%8C%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx")
                .build();
    }

    @POST
    @Consumes(VolunteerExport.MEDIA_TYPE)
    @Operation(operationId = "startVolunteerImport",
            summary = "Upload a roster (.xlsx, the template's columns): checked row by row, then written all at once",
            description = "A file that is not a roster is refused at once (400, field `file`). Otherwise 202: the import "
                    + "runs on; poll its Location for progress and the per-row report. By default nothing is written if "
                    + "any row is wrong (REJECTED); with validRowsOnly the valid rows are written and the others reported. "
                    + "Rows are matched to registered people by ID card number, else by name + birth date + organization, "
                    + "so importing the same file twice changes nothing. 10 imports a minute per user.")
    @RequestBody(required = true, content = @Content(mediaType = VolunteerExport.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Started.",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response start(
            @Parameter(description = "Write the valid rows and report the others (default: all or nothing).")
            @QueryParam("validRowsOnly") @DefaultValue("false") boolean validRowsOnly,
            @Parameter(description = "Register rows with the name and birth date of someone else in the township anyway.")
            @QueryParam("confirmPossibleDuplicates") @DefaultValue("false") boolean confirmPossibleDuplicates,
            @Parameter(description = "The uploaded file's name, shown in the list of imports.")
            @QueryParam("fileName") @Size(max = 200) String fileName,
            byte[] file, @Context HttpHeaders headers, @Context UriInfo uri) {
        ImportView started = service.start(file, fileName, validRowsOnly, confirmPossibleDuplicates,
                Messages.pick(headers.getAcceptableLanguages()));
        return Response.accepted(started)
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(started.id())).replaceQuery(null).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getVolunteerImport", summary = "An import's progress and its per-row report")
    public ImportView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Operation(operationId = "searchVolunteerImports", summary = "Recent imports in the caller's subtree, newest first")
    public ImportPage recent(@Valid @BeanParam PageQuery paging) {
        return service.recent(paging);
    }
}
