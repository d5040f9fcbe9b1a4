package cn.xinhuo.report;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.persistence.ReplicaReadable;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.honor.HonorService;
import cn.xinhuo.honor.dto.HonorView;
import cn.xinhuo.report.dto.WorkReport;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.RateLimiter;
import cn.xinhuo.stats.Period;
import cn.xinhuo.stats.StatsService;
import cn.xinhuo.stats.dto.StatsSummary;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** The work summary's first draft, its Word and PDF documents and its statistical tables. Read-only. */
@ApplicationScoped
@ReplicaReadable
@Transactional(TxType.SUPPORTS)
public class WorkReportService {

    /** Stories told in the report: the models honoured in the period, highest honour first. */
    static final int STORIES = 3;

    private final StatsService stats;
    private final HonorService honors;
    private final String pdfFont;
    private final RateLimiter rateLimiter;
    private final CurrentCaller caller;

    WorkReportService(StatsService stats, HonorService honors, @ConfigProperty(name = "xinhuo.report.pdf-font") String pdfFont,
                      RateLimiter rateLimiter, CurrentCaller caller) {
        this.stats = stats;
        this.honors = honors;
        this.pdfFont = pdfFont;
        this.rateLimiter = rateLimiter;
        this.caller = caller;
    }

    public WorkReport draft(Long organizationId, Period period) {
        StatsSummary summary = stats.summary(organizationId, period);
        return WorkReportWriter.write(summary, stories(summary));
    }

    public StreamingOutput document(WorkReport report) {
        rateLimiter.export("work-summary-docx", caller.actorName());
        return out -> WorkReportDocument.write(report, out);
    }

    /** The PDF needs a Chinese font on the server; without one it is refused at once rather than written as boxes. */
    public StreamingOutput pdf(WorkReport report) {
        rateLimiter.export("work-summary-pdf", caller.actorName());
        String file = pdfFont.replaceFirst(",\\d+$", "");
        if (!Files.isReadable(Path.of(file))) {
            Log.errorf("the PDF font %s is missing: set XINHUO_PDF_FONT to a TrueType font with Chinese glyphs", file);
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "report.pdf-font-missing");
        }
        return out -> WorkReportPdf.write(report, pdfFont, out);
    }

    public StreamingOutput tables(Long organizationId, Period period) {
        rateLimiter.export("work-summary-tables", caller.actorName());
        StatsSummary summary = stats.summary(organizationId, period);
        return out -> StatsWorkbook.write(summary, out);
    }

    private List<HonorView> stories(StatsSummary s) {
        PageQuery paging = new PageQuery();
        paging.page = 0;
        paging.size = 100;
        return honors.search(null, s.organizationId(), null, paging).items().stream()
                .filter(h -> h.story() != null && !h.story().isBlank())
                .filter(h -> !h.awardedOn().isBefore(s.period().from()) && !h.awardedOn().isAfter(s.period().to()))
                .sorted(Comparator.comparing(HonorView::level).thenComparing(HonorView::awardedOn, Comparator.reverseOrder()))
                .limit(STORIES).toList();
    }
}
