package cn.xinhuo.report.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WorkReport", description = "A work summary (工作总结): a title and sections of paragraphs. Drafted from the records, "
        + "edited by the user, then exported.")
public record WorkReport(@NotBlank @Size(max = 200) @Schema(example = "五大连池市关工委2016年上半年关心下一代工作总结") String title,
                         @NotNull @Size(max = 30) List<@Valid @NotNull Section> sections) {

    @Schema(name = "WorkReportSection")
    public record Section(@NotBlank @Size(max = 200) @Schema(example = "一、强化关工组织建设") String heading,
                          @NotNull @Size(max = 100) List<@NotNull @Size(max = 5000) String> paragraphs) {
    }
}
