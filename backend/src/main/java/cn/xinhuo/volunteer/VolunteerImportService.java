package cn.xinhuo.volunteer;

import cn.xinhuo.audit.SecurityEvents;
import cn.xinhuo.audit.SecurityEvents.Outcome;
import cn.xinhuo.common.paging.PageQuery;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.Messages;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.security.Caller;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.RateLimiter;
import cn.xinhuo.volunteer.RosterReader.Roster;
import cn.xinhuo.volunteer.dto.ImportPage;
import cn.xinhuo.volunteer.dto.ImportProblem;
import cn.xinhuo.volunteer.dto.ImportView;
import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Roster imports: the file is read and its shape checked in the request (a wrong file is a 400 at
 * once); the rows are checked and written by a worker, which reports its progress on the import.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class VolunteerImportService {

    static final int MAX_ROWS = 50_000;
    /** A running import that has not reported for this long died with its instance. */
    private static final java.time.Duration SILENCE = java.time.Duration.ofMinutes(2);

    private final VolunteerImportRepository imports;
    private final ImportProgress progress;
    private final RosterImporter importer;
    private final CurrentCaller caller;
    private final SecurityEvents events;
    private final RateLimiter rateLimiter;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "roster-import");
        t.setDaemon(true);
        return t;
    });

    VolunteerImportService(VolunteerImportRepository imports, ImportProgress progress, RosterImporter importer,
                           CurrentCaller caller, SecurityEvents events, RateLimiter rateLimiter) {
        this.imports = imports;
        this.progress = progress;
        this.importer = importer;
        this.caller = caller;
        this.events = events;
        this.rateLimiter = rateLimiter;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** The template with the caller's organizations in its drop-down. */
    public void template(OutputStream out) throws IOException {
        RosterTemplate.write(out, List.copyOf(RosterImporter.labels(imports.organizations(caller.scope())).keySet()));
    }

    public ImportView start(byte[] file, String fileName, boolean validRowsOnly, boolean confirmPossibleDuplicates,
                            Locale locale) {
        Caller starter = caller.get();
        rateLimiter.hit("import:" + caller.actorName(), 10);
        if (file == null || file.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(file, 8))) {
            throw ProblemException.badField("file", "import.not-xlsx");
        }
        Roster roster;
        try {
            roster = RosterReader.read(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badField("file", "import.unreadable");
        }
        if (!roster.missingColumns().isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, roster.missingColumns().stream()
                    .map(c -> new FieldError("file", Messages.get(locale, "import.missing-column", c.heading))).toList(),
                    "validation.detail", "file");
        }
        if (roster.rows().isEmpty()) {
            throw ProblemException.badField("file", "import.empty");
        }
        if (roster.rows().size() > MAX_ROWS) {
            throw ProblemException.badField("file", "import.too-many-rows", String.valueOf(MAX_ROWS));
        }
        VolunteerImport started = new VolunteerImport();
        started.organizationId = starter.scope().rootOrganizationId();
        started.fileName = fileName == null || fileName.isBlank() ? null : fileName.strip();
        started.validRowsOnly = validRowsOnly;
        started.confirmDuplicates = confirmPossibleDuplicates;
        started.startedBy = caller.actorName();
        started.totalRows = roster.rows().size();
        long id = progress.begin(started);
        events.record("VOLUNTEER_IMPORT", Outcome.SUCCESS, caller.actorName(), "volunteer_import", id,
                started.organizationId, caller.clientAddress(), roster.rows().size() + " rows; file " + started.fileName);
        var job = new RosterImporter.Job(id, roster.rows(), starter, locale, validRowsOnly, confirmPossibleDuplicates);
        String address = caller.clientAddress();
        workers.submit(() -> work(job, address));
        return view(imports.findById(id), true);
    }

    public ImportView get(long id) {
        return view(imports.findInScope(id, caller.scope()).orElseThrow(() -> ProblemException.notFound("import", id)), true);
    }

    public ImportPage recent(PageQuery paging) {
        var scope = caller.scope();
        return new ImportPage(imports.recent(scope, paging.offset(), paging.size).stream().map(i -> view(i, false)).toList(),
                paging.page, paging.size, imports.countRecent(scope));
    }

    /** The worker: the starter's identity in a context of its own, and a FAILED import if anything breaks. */
    private void work(RosterImporter.Job job, String address) {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            caller.continueFor(job.caller(), address);
            importer.run(job);
        } catch (RuntimeException e) {
            Log.errorf(e, "roster import %d failed", job.importId());
            progress.finish(job.importId(), VolunteerImport.Status.FAILED, 0, 0, 0, 0, 0,
                    List.of(new ImportProblem(1, null, Messages.get(job.locale(), "import.failed"))));
        } finally {
            context.terminate();
        }
    }

    private static ImportView view(VolunteerImport i, boolean withProblems) {
        boolean died = i.status == VolunteerImport.Status.RUNNING
                && i.heartbeatAt.isBefore(OffsetDateTime.now().minus(SILENCE));
        return new ImportView(i.id, i.fileName, (died ? VolunteerImport.Status.FAILED : i.status).name(), i.validRowsOnly,
                i.confirmDuplicates, i.totalRows, i.processedRows, i.created, i.updated, i.unchanged, i.skipped,
                i.problemCount, withProblems ? List.copyOf(i.problems) : List.of(), i.startedBy, i.startedAt, i.finishedAt);
    }
}
