package cn.xinhuo.volunteer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "VolunteerImportPage", description = "Recent imports in the caller's subtree, newest first (without their problems).")
public record ImportPage(List<ImportView> items, int page, int size, long total) {
}
