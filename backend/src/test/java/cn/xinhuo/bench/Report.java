package cn.xinhuo.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the rows go and what is said about them: one line per table with its rows, time and rows per second. */
final class Report {

    private final Connection connection;
    private final PrintStream out;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    Report(Connection connection, PrintStream out) {
        this.connection = connection;
        this.out = out;
    }

    CopyRows copy(String table, String columns) throws SQLException {
        return CopyRows.into(connection, table, columns, this);
    }

    void copied(String table, long count, long nanos) {
        rows.merge(table, count, Long::sum);
        double seconds = nanos / 1e9;
        out.printf("%-26s %,14d rows %7.1f s %,11.0f rows/s%n", table, count, seconds, count / Math.max(seconds, 1e-3));
    }

    /** A step that is not one table's rows, with its time in the same column. */
    static void phase(PrintStream out, String name, long startNanos, String detail) {
        out.printf("%-26s %19s %7.1f s  %s%n", name, "", (System.nanoTime() - startNanos) / 1e9, detail);
    }

    /** The rows written, per table, in the order they were written. */
    Map<String, Long> rows() {
        return rows;
    }

    PrintStream out() {
        return out;
    }
}
