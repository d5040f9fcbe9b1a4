package cn.xinhuo.user.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordReset", description = "A temporary password; the user must change it at the next login.")
public record PasswordReset(@NotBlank @Size(max = 200) String newPassword) {

    @Override
    public String toString() {
        return "PasswordReset[***]";
    }
}
