package cn.xinhuo.volunteer.dto;

import cn.xinhuo.common.web.Versioned;
import cn.xinhuo.volunteer.Gender;
import cn.xinhuo.volunteer.Residence;
import cn.xinhuo.volunteer.VolunteerCategory;
import cn.xinhuo.volunteer.VolunteerStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

@Schema(name = "Volunteer", description = "A 五老 of the register; ID card and mobile numbers masked.",
        requiredProperties = {"id", "organizationId", "organizationName", "name", "gender", "birthDate", "age", "ethnicity",
                "idCardNumber", "mobile", "residence", "categories", "formerOccupation", "specialties", "politicalStatus",
                "health", "joinedOn", "status", "eligibilityOverrideReason", "version"})
public record VolunteerView(
        long id,
        long organizationId,
        String organizationName,
        @Schema(example = "冯林") String name,
        Gender gender,
        LocalDate birthDate,
        @Schema(description = "Age today.", example = "64") int age,
        @Schema(nullable = true) String ethnicity,
        @Schema(nullable = true, example = "231182********1234") String idCardNumber,
        @Schema(nullable = true, example = "138****0000") String mobile,
        Residence residence,
        Set<VolunteerCategory> categories,
        @Schema(nullable = true) String formerOccupation,
        @Schema(nullable = true) String specialties,
        @Schema(nullable = true) String politicalStatus,
        @Schema(nullable = true) String health,
        @Schema(nullable = true) LocalDate joinedOn,
        VolunteerStatus status,
        @Schema(nullable = true) String eligibilityOverrideReason,
        long version) implements Versioned {
}
