package cn.xinhuo.stats;

import cn.xinhuo.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a named one (2016, 2016-H1, 2016-Q2) or any two days; the previous period is
 * the one of the same length just before it (2016-H1 → 2015-H2), which the net changes compare with.
 */
public record Period(LocalDate from, LocalDate to, String label) {

    private static final Pattern NAMED = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");

    /** From the query: from–to when either is given, else the named period, else the current half-year. */
    public static Period of(String name, LocalDate from, LocalDate to) {
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw ProblemException.badField(from == null ? "from" : "to", "stats.period-incomplete");
            }
            return between(from, to);
        }
        LocalDate today = LocalDate.now();
        return named(name != null ? name : today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2));
    }

    public static Period named(String name) {
        Matcher m = NAMED.matcher(name == null ? "" : name.trim());
        if (!m.matches()) {
            throw ProblemException.badField("period", "stats.period-unknown", name);
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), m.group());
        }
        int months = part.startsWith("H") ? 6 : 3;
        LocalDate from = LocalDate.of(year, (part.charAt(1) - '1') * months + 1, 1);
        return new Period(from, from.plusMonths(months).minusDays(1), m.group());
    }

    public static Period between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.badField("to", "period.to-before-from");
        }
        return new Period(from, to, from + "/" + to);
    }

    /** The period of the same length ending the day before this one starts. */
    public Period previous() {
        LocalDate end = from.minusDays(1);
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
        if (wholeMonths) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            LocalDate start = from.minusMonths(months);
            return new Period(start, end, label.matches("\\d{4}(-[HQ]\\d)?") ? previousLabel(months) : start + "/" + end);
        }
        LocalDate start = end.minusDays(ChronoUnit.DAYS.between(from, to));
        return new Period(start, end, start + "/" + end);
    }

    private String previousLabel(long months) {
        int year = Integer.parseInt(label.substring(0, 4));
        if (months == 12) {
            return String.valueOf(year - 1);
        }
        char kind = label.charAt(5);
        int index = label.charAt(6) - '0';
        int parts = kind == 'H' ? 2 : 4;
        return index == 1 ? (year - 1) + "-" + kind + parts : year + "-" + kind + (index - 1);
    }
}
