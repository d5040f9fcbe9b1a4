package cn.xinhuo.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * TOTP (RFC 6238: 30-second steps, 6 digits, HMAC-SHA1 — what authenticator apps expect), with
 * Base32 secrets. One step of clock drift either way is accepted.
 */
@ApplicationScoped
public class SecondFactor {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();

    public String newSecret() {
        byte[] raw = new byte[20];
        RANDOM.nextBytes(raw);
        return new Base32().encodeToString(raw).replace("=", "");
    }

    public String otpauthUri(String username, String secret) {
        String label = URLEncoder.encode("Xinhuo:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Xinhuo&digits=6&period=30";
    }

    public boolean verify(String secret, String code) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return false;
        }
        Instant now = Instant.now();
        for (int step = -1; step <= 1; step++) {
            if (code.equals(codeAt(secret, now.plus(Duration.ofSeconds(30L * step))))) {
                return true;
            }
        }
        return false;
    }

    /** The code an authenticator app shows at that instant (also used by tests). */
    public String codeAt(String secret, Instant instant) {
        try {
            var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
            return totp.generateOneTimePasswordString(key, instant);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable TOTP secret", e);
        }
    }
}
