package cn.xinhuo.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Rows of one table streamed into PostgreSQL with {@code COPY … FROM STDIN} in its text format,
 * encoded straight into a buffer (no row objects, no SQL per row). FREEZE: the table was truncated
 * in the same transaction, so the rows arrive frozen and visible, with nothing for VACUUM to do.
 */
final class CopyRows implements AutoCloseable {

    private static final byte[] NULL = {'\\', 'N'};

    private final CopyIn copy;
    private final String table;
    private final Report report;
    private final long started = System.nanoTime();
    private final byte[] buffer = new byte[1 << 20];
    private int used;
    private boolean firstColumn = true;
    private long rows;

    private CopyRows(CopyIn copy, String table, Report report) {
        this.copy = copy;
        this.table = table;
        this.report = report;
    }

    /** Starts the COPY of a table; closing it ends the COPY and reports the rows and the time taken. */
    static CopyRows into(Connection connection, String table, String columns, Report report) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin with (freeze)");
        return new CopyRows(copy, table, report);
    }

    CopyRows add(long value) {
        separate();
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        if (value < 10) {
            put((byte) ('0' + value));
            return this;
        }
        int start = used;
        while (value > 0) {
            put((byte) ('0' + value % 10));
            value /= 10;
        }
        reverse(start, used - 1);
        return this;
    }

    /** A nullable id (or number): a negative value is NULL. */
    CopyRows addOrNull(long value) {
        return value < 0 ? addNull() : add(value);
    }

    CopyRows add(boolean value) {
        separate();
        put((byte) (value ? 't' : 'f'));
        return this;
    }

    CopyRows addNull() {
        separate();
        putAll(NULL);
        return this;
    }

    /** Text, escaped for COPY's text format; null is NULL. */
    CopyRows add(String text) {
        if (text == null) {
            return addNull();
        }
        separate();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> putTwo('\\', '\\');
                case '\t' -> putTwo('\\', 't');
                case '\n' -> putTwo('\\', 'n');
                case '\r' -> putTwo('\\', 'r');
                default -> putChar(c);
            }
        }
        return this;
    }

    CopyRows add(LocalDate day) {
        if (day == null) {
            return addNull();
        }
        separate();
        putDate(day);
        return this;
    }

    /** A timestamp with time zone in China Standard Time: the day at {@code secondOfDay}. */
    CopyRows addTime(LocalDate day, int secondOfDay) {
        separate();
        putDate(day);
        put((byte) ' ');
        putTwoDigits(secondOfDay / 3600);
        put((byte) ':');
        putTwoDigits(secondOfDay / 60 % 60);
        put((byte) ':');
        putTwoDigits(secondOfDay % 60);
        putTwo('+', '0');
        put((byte) '8');
        return this;
    }

    /** What every audited row ends with: version, created_at and updated_at (at one time of day), updated_by. */
    CopyRows stamp(long version, LocalDate created, LocalDate updated, int secondOfDay, String updatedBy) {
        return add(version).addTime(created, secondOfDay).addTime(updated, secondOfDay).add(updatedBy);
    }

    /** A row never changed since it was made: version 0, made and last updated at the same moment. */
    CopyRows stamp(LocalDate made, int secondOfDay, String updatedBy) {
        return stamp(0, made, made, secondOfDay, updatedBy);
    }

    /** A number with two decimals, given in hundredths (250 → 2.50). */
    CopyRows addHundredths(int hundredths) {
        add(hundredths / 100);
        put((byte) '.');
        putTwoDigits(hundredths % 100);
        return this;
    }

    /** A number with one decimal, given in tenths (125 → 12.5); negative is NULL. */
    CopyRows addTenthsOrNull(int tenths) {
        if (tenths < 0) {
            return addNull();
        }
        add(tenths / 10);
        put((byte) '.');
        put((byte) ('0' + tenths % 10));
        return this;
    }

    /** An array of plain words (enum names): {A,B}. */
    CopyRows addArray(String... words) {
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < words.length; i++) {
            array.append(i == 0 ? "" : ",").append(words[i]);
        }
        return add(array.append('}').toString());
    }

    void endRow() throws SQLException {
        put((byte) '\n');
        firstColumn = true;
        rows++;
        if (used > buffer.length - 65_536) {
            flush();
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
        report.copied(table, rows, System.nanoTime() - started);
    }

    private void flush() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(buffer, 0, used);
            used = 0;
        }
    }

    private void separate() {
        if (firstColumn) {
            firstColumn = false;
        } else {
            put((byte) '\t');
        }
    }

    private void putDate(LocalDate day) {
        int year = day.getYear();
        putTwoDigits(year / 100);
        putTwoDigits(year % 100);
        put((byte) '-');
        putTwoDigits(day.getMonthValue());
        put((byte) '-');
        putTwoDigits(day.getDayOfMonth());
    }

    private void putTwoDigits(int value) {
        put((byte) ('0' + value / 10));
        put((byte) ('0' + value % 10));
    }

    private void putChar(char c) {
        if (c < 0x80) {
            put((byte) c);
        } else if (c < 0x800) {
            put((byte) (0xC0 | c >> 6));
            put((byte) (0x80 | c & 0x3F));
        } else {
            // the generator writes no surrogate pairs: every character it uses is in the BMP
            put((byte) (0xE0 | c >> 12));
            put((byte) (0x80 | c >> 6 & 0x3F));
            put((byte) (0x80 | c & 0x3F));
        }
    }

    private void putTwo(char a, char b) {
        put((byte) a);
        put((byte) b);
    }

    private void putAll(byte[] bytes) {
        for (byte b : bytes) {
            put(b);
        }
    }

    private void put(byte b) {
        buffer[used++] = b;
    }

    private void reverse(int from, int to) {
        while (from < to) {
            byte t = buffer[from];
            buffer[from++] = buffer[to];
            buffer[to--] = t;
        }
    }
}
