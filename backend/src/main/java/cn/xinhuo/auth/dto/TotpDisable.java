package cn.xinhuo.auth.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TotpDisable", description = "Turning the second factor off needs the current password.")
public record TotpDisable(@NotBlank @Size(max = 200) String currentPassword) {

    @Override
    public String toString() {
        return "TotpDisable[***]";
    }
}
