package cn.xinhuo.volunteer.dto;

import cn.xinhuo.volunteer.ConsistentIdCard;
import cn.xinhuo.volunteer.Gender;
import cn.xinhuo.volunteer.Residence;
import cn.xinhuo.volunteer.VolunteerCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

@ConsistentIdCard
@Schema(name = "VolunteerForm", description = "A 五老 as entered: for a new record and for an update (If-Match).")
public record VolunteerForm(
        @NotNull(message = "{xinhuo.organization.required}") @Schema(description = "The home organization.", example = "14")
        Long organizationId,
        @NotBlank @Size(max = 50) @Schema(example = "冯林") String name,
        @NotNull Gender gender,
        @NotNull @Past @Schema(example = "1952-03-01") LocalDate birthDate,
        @Size(max = 20) @Schema(nullable = true, example = "汉族") String ethnicity,
        @Pattern(regexp = "^(\\d{17}[\\dXx])?$", message = "{xinhuo.id-card.invalid}")
        @Schema(nullable = true, description = "18 characters, GB 11643 check character; birth date and gender must agree. "
                + "On an update: left out (null) keeps the stored number, an empty string clears it.")
        String idCardNumber,
        @Pattern(regexp = "^(1[3-9]\\d{9})?$", message = "{xinhuo.mobile.pattern}")
        @Schema(nullable = true, description = "On an update: left out (null) keeps the stored number, an empty string clears it.")
        String mobile,
        @NotNull Residence residence,
        @NotEmpty Set<@NotNull VolunteerCategory> categories,
        @Size(max = 100) @Schema(nullable = true, example = "农业技术员") String formerOccupation,
        @Size(max = 200) @Schema(nullable = true, example = "农业技术") String specialties,
        @Size(max = 32) @Schema(nullable = true, example = "中共党员") String politicalStatus,
        @Size(max = 32) @Schema(nullable = true, example = "良好") String health,
        @PastOrPresent @Schema(nullable = true) LocalDate joinedOn,
        @Size(max = 500) @Schema(nullable = true,
                description = "Registers a person below the age threshold; administrators only.")
        String eligibilityOverrideReason,
        @Schema(description = "Confirms a new record although one with the same name and birth date exists in the township.")
        boolean confirmPossibleDuplicate) {
}
