package cn.xinhuo.report;

import cn.xinhuo.report.dto.WorkReport;
import cn.xinhuo.security.Permission;
import cn.xinhuo.security.Requires;
import cn.xinhuo.stats.PeriodQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

@Path("/api/v1/reports/work-summary")
@Tag(name = "Reports", description = "The half-year or annual work summary (工作总结) written from the records.")
@SecurityRequirement(name = "bearerAuth")
@SecurityRequirement(name = "apiKeyAuth")
@Requires(Permission.ORGANIZATION_READ)
@Produces(MediaType.APPLICATION_JSON)
public class WorkReportResource {

    private final WorkReportService service;

    WorkReportResource(WorkReportService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "draftWorkSummary",
            summary = "The first draft of the work summary of a subtree (default the caller's) and period, every figure from the records")
    public WorkReport draft(@BeanParam PeriodQuery query) {
        return service.draft(query.orgId, query.toPeriod());
    }

    @POST
    @Path("docx")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(WorkReportDocument.MEDIA_TYPE)
    @Operation(operationId = "exportWorkSummaryDocx", summary = "The (edited) work summary as a Word document (.docx); nothing is stored")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "200", description = "The document.",
            content = @Content(mediaType = WorkReportDocument.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@Valid @NotNull WorkReport body) {
        return Response.ok(service.document(body), WorkReportDocument.MEDIA_TYPE).header("Content-Disposition", attachment(body, "docx"))
                .build();
    }

    @POST
    @Path("pdf")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(WorkReportPdf.MEDIA_TYPE)
    @Operation(operationId = "exportWorkSummaryPdf",
            summary = "The (edited) work summary as PDF with its Chinese font embedded; nothing is stored")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "200", description = "The document.",
            content = @Content(mediaType = WorkReportPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "503", description = "The server has no Chinese font to embed (XINHUO_PDF_FONT).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response pdf(@Valid @NotNull WorkReport body) {
        return Response.ok(service.pdf(body), WorkReportPdf.MEDIA_TYPE).header("Content-Disposition", attachment(body, "pdf")).build();
    }

    /** The file is named by the summary's title (RFC 6266: an ASCII fallback, then the UTF-8 name). */
    private static String attachment(WorkReport report, String extension) {
        return "attachment; filename=\"work-summary." + extension + "\"; filename*=UTF-8''"
                + URLEncoder.encode(report.title(), StandardCharsets.UTF_8).replace("+", "%20") + "." + extension;
    }

    @GET
    @Path("tables")
    @Produces(StatsWorkbook.MEDIA_TYPE)
    @Operation(operationId = "exportWorkSummaryTables", summary = "The statistical tables of the work summary as .xlsx; each sheet's rows sum to its total")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @APIResponse(responseCode = "200", description = "The workbook.",
            content = @Content(mediaType = StatsWorkbook.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response tables(@BeanParam PeriodQuery query) {
        return Response.ok(service.tables(query.orgId, query.toPeriod()), StatsWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"work-summary-tables.xlsx\"").build();
    }
}
