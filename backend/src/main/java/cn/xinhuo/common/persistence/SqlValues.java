package cn.xinhuo.common.persistence;

import java.time.LocalDate;

/** Values of native query rows, which arrive as JDBC types. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
