package cn.xinhuo.assessment.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Evidence", description = "A file kept with an evaluation; its content is at …/evidence/{evidenceId}.")
public record EvidenceView(long id, String fileName, String mediaType, int sizeBytes, String sha256, OffsetDateTime uploadedAt,
                           @Schema(nullable = true) String uploadedBy) {
}
