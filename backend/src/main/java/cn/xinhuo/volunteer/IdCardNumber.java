package cn.xinhuo.volunteer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident ID card number (GB 11643-1999): 6 digits of region, 8 of birth date, 3 of sequence
 * (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public record IdCardNumber(String value, LocalDate birthDate, Gender gender) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** The number if it is well formed with a right check character and a real birth date. */
    public static Optional<IdCardNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String v = text.trim().toUpperCase();
        if (!v.matches("\\d{17}[\\dX]") || checkCharacter(v) != v.charAt(17)) {
            return Optional.empty();
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
            if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
                return Optional.empty();
            }
            Gender gender = (v.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
            return Optional.of(new IdCardNumber(v, birth, gender));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
