package cn.xinhuo.report;

import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.honor.HonorService;
import cn.xinhuo.honor.dto.HonorView;
import cn.xinhuo.report.dto.WorkReport;
import cn.xinhuo.stats.Period;
import cn.xinhuo.stats.StatsService;
import cn.xinhuo.stats.dto.StatsSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Comparator;
import java.util.List;

/** The work summary's first draft, its Word document and its statistical tables. Read-only. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WorkReportService {

    /** Stories told in the report: the models honoured in the period, highest honour first. */
    static final int STORIES = 3;

    private final StatsService stats;
    private final HonorService honors;

    WorkReportService(StatsService stats, HonorService honors) {
        this.stats = stats;
        this.honors = honors;
    }

    public WorkReport draft(Long organizationId, Period period) {
        StatsSummary summary = stats.summary(organizationId, period);
        return WorkReportWriter.write(summary, stories(summary));
    }

    public StreamingOutput document(WorkReport report) {
        return out -> WorkReportDocument.write(report, out);
    }

    public StreamingOutput tables(Long organizationId, Period period) {
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
