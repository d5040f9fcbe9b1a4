package cn.xinhuo.volunteer;

import cn.xinhuo.volunteer.dto.ImportProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One uploaded roster: how far its import got and what was wrong with which row. */
@Entity
@Table(name = "volunteer_import")
public class VolunteerImport {

    public enum Status { RUNNING, SUCCEEDED, REJECTED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "file_name", length = 200)
    public String fileName;

    @Column(name = "valid_rows_only", nullable = false)
    public boolean validRowsOnly;

    @Column(name = "confirm_duplicates", nullable = false)
    public boolean confirmDuplicates;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status = Status.RUNNING;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(name = "created_count", nullable = false)
    public int created;

    @Column(name = "updated_count", nullable = false)
    public int updated;

    @Column(name = "unchanged_count", nullable = false)
    public int unchanged;

    @Column(name = "skipped_count", nullable = false)
    public int skipped;

    @Column(name = "problem_count", nullable = false)
    public int problemCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ImportProblem> problems = new ArrayList<>();

    @Column(name = "started_by", nullable = false, length = 100)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt = OffsetDateTime.now();

    @Column(name = "heartbeat_at", nullable = false)
    public OffsetDateTime heartbeatAt = OffsetDateTime.now();

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
