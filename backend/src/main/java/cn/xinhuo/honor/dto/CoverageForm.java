package cn.xinhuo.honor.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MediaCoverageForm")
public record CoverageForm(@NotNull Long volunteerId, @NotBlank @Size(max = 100) String outlet,
                           @NotNull @PastOrPresent LocalDate coveredOn, @NotBlank @Size(max = 200) String title) {
}
