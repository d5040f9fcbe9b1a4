package cn.xinhuo.common.persistence;

import java.time.LocalDate;

/** Values of native query rows, which arrive as JDBC types. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /**
     * A day written into the SQL ({@code date '2026-06-30'}) rather than bound: a statement run again and again with
     * bound days gets PostgreSQL's generic plan after five runs, which for a township's spot checks at the nation
     * read 460,000 evaluations by kind (264 ms) instead of its 27 organizations' by index (0.4 ms). A LocalDate
     * prints only digits and dashes.
     */
    public static String date(LocalDate day) {
        return "date '" + day + "'";
    }
}
