package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.PartyBuildingPage;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/party-building/results")
@Tag(name = "Party building", description = "党建带关工: the village and community party branches' half-year and year-end results.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ASSESSMENT_READ)
@Produces(MediaType.APPLICATION_JSON)
public class PartyBuildingResource {

    private final PartyBuildingService service;

    PartyBuildingResource(PartyBuildingService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchPartyBuildingResults",
            summary = "Every village and community party branch of the subtree with its confirmed results of the year")
    public PartyBuildingPage search(@Parameter(required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                                    @QueryParam("within") Long within, @Valid @BeanParam PageQuery paging) {
        return service.results(year, within, paging);
    }

    @GET
    @Path("export")
    @Produces(PartyBuildingExport.MEDIA_TYPE)
    @Operation(operationId = "exportPartyBuildingResults", summary = "The year's results as .xlsx, for the secretaries' pay linkage")
    @APIResponse(responseCode = "200", description = "The workbook.",
            content = @Content(mediaType = PartyBuildingExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response export(@Parameter(required = true) @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
                           @QueryParam("within") Long within) {
        return Response.ok(service.export(year, within), PartyBuildingExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"party-building-" + year + ".xlsx\"").build();
    }
}
