package cn.xinhuo.auth.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TotpSetup", requiredProperties = {"secret", "otpauthUri"},
        description = "A new second-factor secret, shown this once: add it to an authenticator app, then enable it with a code.")
public record TotpSetup(
        @Schema(example = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP") String secret,
        @Schema(description = "For a QR code.", example = "otpauth://totp/Xinhuo%3Acity-admin?secret=JBSWY3DPEHPK3PXP&issuer=Xinhuo")
        String otpauthUri) {
}
