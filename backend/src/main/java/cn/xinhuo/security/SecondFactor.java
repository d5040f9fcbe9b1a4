package cn.xinhuo.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.codec.binary.Base32;

import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
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

    /**
     * The 30-second time step the code belongs to (within one step of drift), if it is right and
     * later than {@code lastAcceptedStep}: a code once accepted is never accepted again (RFC 6238 §5.2).
     */
    public java.util.OptionalLong verify(String secret, String code, Long lastAcceptedStep) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return java.util.OptionalLong.empty();
        }
        long now = Instant.now().getEpochSecond() / 30;
        for (long step = now - 1; step <= now + 1; step++) {
            if ((lastAcceptedStep == null || step > lastAcceptedStep)
                    && code.equals(codeAt(secret, Instant.ofEpochSecond(step * 30)))) {
                return java.util.OptionalLong.of(step);
            }
        }
        return java.util.OptionalLong.empty();
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
