package cn.xinhuo.volunteer.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportProblem", description = "What is wrong with one cell (or row) of an uploaded roster.")
public record ImportProblem(
        @Schema(description = "The row as Excel numbers it (the heading is row 1); 1 for a problem of the whole file.", example = "7")
        int row,
        @Schema(nullable = true, description = "The column heading, when one column is at fault.", example = "身份证号")
        String column,
        @Schema(example = "身份证号码校验位不正确。") String message) {
}
