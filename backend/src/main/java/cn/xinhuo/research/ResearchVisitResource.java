package cn.xinhuo.research;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.research.dto.ResearchSummary;
import cn.xinhuo.research.dto.ResearchVisitForm;
import cn.xinhuo.research.dto.ResearchVisitPage;
import cn.xinhuo.research.dto.ResearchVisitView;
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

import java.time.LocalDate;

@Path("/api/v1/research-visits")
@Tag(name = "Research visits", description = "调研: trips of a committee to townships, villages, communities and schools.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ORGANIZATION_READ)
@Produces(MediaType.APPLICATION_JSON)
public class ResearchVisitResource {

    private final ResearchVisitService service;

    ResearchVisitResource(ResearchVisitService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchResearchVisits", summary = "Research visits of a subtree in a period, newest first")
    public ResearchVisitPage search(@QueryParam("within") Long within, @QueryParam("from") LocalDate from,
                                    @QueryParam("to") LocalDate to, @Valid @BeanParam PageQuery paging) {
        return service.search(within, from, to, paging);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "summarizeResearchVisits", summary = "Trips in a period and the places visited by type")
    public ResearchSummary summary(@QueryParam("within") Long within, @QueryParam("from") LocalDate from,
                                   @QueryParam("to") LocalDate to) {
        return service.summary(within, from, to);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getResearchVisit", summary = "One research visit, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The visit.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ResearchVisitView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ORGANIZATION_WRITE)
    @Operation(operationId = "createResearchVisit", summary = "Record a research visit")
    @APIResponse(responseCode = "201", description = "Recorded.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ResearchVisitView.class)))
    public Response create(@Valid @NotNull ResearchVisitForm body, @Context UriInfo uri) {
        ResearchVisitView created = service.create(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.ORGANIZATION_WRITE)
    @Operation(operationId = "updateResearchVisit", summary = "Correct a research visit (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ResearchVisitView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The visit's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ResearchVisitForm body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }
}
