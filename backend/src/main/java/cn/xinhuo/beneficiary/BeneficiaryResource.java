package cn.xinhuo.beneficiary;

import cn.xinhuo.beneficiary.dto.BeneficiaryForm;
import cn.xinhuo.beneficiary.dto.BeneficiaryPage;
import cn.xinhuo.beneficiary.dto.BeneficiaryPersonalData;
import cn.xinhuo.beneficiary.dto.BeneficiaryView;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.web.ETags;
import cn.xinhuo.common.web.QueryParams;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import jakarta.validation.Valid;
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

@Path("/api/v1/beneficiaries")
@Tag(name = "Beneficiaries", description = "帮扶对象: young farmers, left-behind children, poor youth, students.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.PAIR_READ)
@Produces(MediaType.APPLICATION_JSON)
public class BeneficiaryResource {

    private final BeneficiaryService service;

    BeneficiaryResource(BeneficiaryService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchBeneficiaries", summary = "Beneficiaries by name (or pinyin initials) and category within a subtree; children masked")
    public BeneficiaryPage search(
            @QueryParam("q") @Size(max = 50) String q,
            @Parameter(schema = @Schema(implementation = BeneficiaryCategory.class)) @QueryParam("category") String category,
            @Parameter(description = "Only beneficiaries in the subtree of this organization.") @QueryParam("within") Long within,
            @Valid @BeanParam PageQuery paging) {
        return service.search(new BeneficiaryRepository.Search(q,
                QueryParams.enumValue(BeneficiaryCategory.class, "category", category), within), paging);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBeneficiary", summary = "One beneficiary (a child masked), with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The beneficiary.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    public Response get(@PathParam("id") long id) {
        return ETags.tagged(Response.ok(), service.get(id));
    }

    @GET
    @Path("{id}/personal-data")
    @Requires(Permission.PERSONAL_DATA_VIEW)
    @Operation(operationId = "getBeneficiaryPersonalData", summary = "The full record, a child's included (audited)")
    public BeneficiaryPersonalData personalData(@PathParam("id") long id) {
        return service.personalData(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.PAIR_WRITE)
    @Operation(operationId = "createBeneficiary", summary = "Record a beneficiary (a child under 14 only with the guardian's consent)")
    @APIResponse(responseCode = "201", description = "Recorded.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    public Response create(@Valid @NotNull BeneficiaryForm body, @Context UriInfo uri) {
        BeneficiaryView created = service.create(body);
        return ETags.tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(Permission.PAIR_WRITE)
    @Operation(operationId = "updateBeneficiary",
            summary = "Update a beneficiary (If-Match required; a child's record only by those who may read it unmasked)")
    @APIResponse(responseCode = "200", description = "Updated.",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The beneficiary's ETag.", required = true) @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull BeneficiaryForm body) {
        return ETags.tagged(Response.ok(), service.update(id, ETags.expectedVersion(ifMatch), body));
    }
}
