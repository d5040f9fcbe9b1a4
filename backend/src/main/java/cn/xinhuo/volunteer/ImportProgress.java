package cn.xinhuo.volunteer;

import cn.xinhuo.volunteer.dto.ImportProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The import's own row, always written in its own transaction: progress is visible while the
 * roster's transaction is still open, and a rolled-back roster still leaves its report.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ImportProgress {

    static final int MAX_PROBLEMS = 1000;

    private final VolunteerImportRepository imports;

    ImportProgress(VolunteerImportRepository imports) {
        this.imports = imports;
    }

    public long begin(VolunteerImport started) {
        imports.persist(started);
        return started.id;
    }

    public void advance(long id, int totalRows, int processedRows) {
        VolunteerImport i = imports.findById(id);
        i.totalRows = totalRows;
        i.processedRows = processedRows;
        i.heartbeatAt = OffsetDateTime.now();
    }

    public void finish(long id, VolunteerImport.Status status, int processed, int created, int updated, int unchanged,
                       int skipped, List<ImportProblem> problems) {
        VolunteerImport i = imports.findById(id);
        i.status = status;
        i.processedRows = processed;
        i.created = created;
        i.updated = updated;
        i.unchanged = unchanged;
        i.skipped = skipped;
        i.problemCount = problems.size();
        i.problems = new java.util.ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        i.finishedAt = OffsetDateTime.now();
        i.heartbeatAt = i.finishedAt;
    }
}
