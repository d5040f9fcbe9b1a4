package cn.xinhuo.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Synthetic people for tests: well-formed ID card numbers that belong to nobody (P3). */
public final class SyntheticPeople {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicInteger SEQUENCE = new AtomicInteger(101);

    private SyntheticPeople() {
    }

    /**
     * A number with a right check character; regions 999999, 999997, 999995 … do not exist, so it is
     * nobody's (Rosters uses 999998).
     */
    public static String idCard(LocalDate birth, boolean male) {
        // odd sequence numbers for men, even for women (GB 11643); each call a new one: after 500
        // numbers of one day (a suite with contract fuzzing makes more) the next region
        int next = SEQUENCE.getAndAdd(2);
        int seq = next % 1000 - (male ? 0 : 1); // next is odd: 1 … 999
        String region = String.valueOf(999999 - 2 * (next / 1000));
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A valid volunteer body: a rural man born 1952-03-01 in the given organization. */
    public static Map<String, Object> volunteer(String name, long organizationId) {
        LocalDate birth = LocalDate.of(1952, 3, 1);
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("name", name);
        body.put("gender", "MALE");
        body.put("birthDate", birth.toString());
        body.put("idCardNumber", idCard(birth, true));
        body.put("residence", "RURAL");
        body.put("categories", List.of("VETERAN_EXPERT"));
        body.put("formerOccupation", "农业技术员");
        return body;
    }
}
