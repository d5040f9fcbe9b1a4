package cn.xinhuo.bench;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Synthetic ID card numbers and their stored form. The numbers are well formed (GB 11643 check
 * character, birth date and gender agreeing) but belong to nobody: region codes beginning with 9
 * do not exist. They are stored as the application stores them (PersonalDataCipher): AES-256-GCM
 * under the key derived from XINHUO_PRIVACY_KEY, beside an HMAC-SHA-256 keyed hash. The only
 * difference is the nonce: derived from the seed and the row instead of random, so the same seed
 * gives the same bytes (the numbers are fictitious; nothing is protected by a random nonce here).
 */
final class PersonalNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final long seed;
    private final SecretKeySpec encryptionKey;
    private final Mac hash;
    private final Cipher cipher;

    PersonalNumbers(String masterKeyBase64, long seed) {
        byte[] master = Base64.getDecoder().decode(masterKeyBase64.trim());
        if (master.length != 32) {
            throw new IllegalArgumentException("the privacy key must be 32 bytes in Base64");
        }
        this.seed = seed;
        try {
            // the same derivation as the application's PersonalDataCipher (proved in DataGeneratorTest)
            this.encryptionKey = new SecretKeySpec(derive(master, "xinhuo-encryption"), "AES");
            this.hash = Mac.getInstance("HmacSHA256");
            this.hash.init(new SecretKeySpec(derive(master, "xinhuo-keyed-hash"), "HmacSHA256"));
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ID card number of the {@code n}-th generated person: region 9xxxxx and sequence numbers
     * counted from n, so no two people (up to 50 million) share one; odd sequence for men.
     */
    static String idCard(long n, LocalDate birth, boolean male) {
        char[] digits = new char[18];
        digits(digits, 0, 900_000 + n / 500 % 100_000, 6);
        digits(digits, 6, birth.getYear(), 4);
        digits(digits, 10, birth.getMonthValue(), 2);
        digits(digits, 12, birth.getDayOfMonth(), 2);
        digits(digits, 14, n % 500 * 2 + (male ? 1 : 0), 3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits[i] - '0') * WEIGHTS[i];
        }
        digits[17] = CHECK.charAt(sum % 11);
        return new String(digits);
    }

    private static void digits(char[] into, int at, long value, int width) {
        for (int i = at + width - 1; i >= at; i--, value /= 10) {
            into[i] = (char) ('0' + value % 10);
        }
    }

    String keyedHash(String clear) {
        return HexFormat.of().formatHex(hash.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
    }

    /** Encrypted as PersonalDataCipher does (nonce ‖ ciphertext ‖ tag, Base64), with a nonce of the row. */
    String encrypt(String clear, int table, long row) {
        // unique per table and row (the mix is a bijection), different for every seed
        byte[] nonce = ByteBuffer.allocate(12).putLong(Chance.mix((row << 8 | table) ^ seed)).putInt(table).array();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    }
}
