package cn.xinhuo.volunteer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "VolunteerImport", description = "An uploaded roster: its progress, what it changed and its per-row report. "
        + "REJECTED: some rows were wrong and nothing was written; SUCCEEDED: every valid row was written; "
        + "FAILED: the file could not be processed (nothing was written).")
public record ImportView(
        long id,
        @Schema(nullable = true) String fileName,
        @Schema(enumeration = {"RUNNING", "SUCCEEDED", "REJECTED", "FAILED"}) String status,
        @Schema(description = "Only the valid rows are written; the others are reported and skipped.") boolean validRowsOnly,
        @Schema(description = "Rows with the name and birth date of someone else in the township are registered anyway.")
        boolean confirmPossibleDuplicates,
        int totalRows,
        @Schema(description = "Rows checked (and, once checked, written) so far: the progress.") int processedRows,
        int created,
        int updated,
        @Schema(description = "Rows that matched a registered person with nothing to change.") int unchanged,
        @Schema(description = "Invalid rows left out when only the valid rows are imported.") int skipped,
        @Schema(description = "All problems found; the list holds the first 1000.") int problemCount,
        List<ImportProblem> problems,
        String startedBy,
        OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt) {
}
