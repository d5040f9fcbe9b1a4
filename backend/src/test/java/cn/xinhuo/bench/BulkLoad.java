package cn.xinhuo.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame of a bulk load, all in the caller's one transaction (a failure leaves the database as
 * it was): the keys, foreign keys and indexes of the loaded tables are taken off and their user
 * triggers (the organization path triggers, the audit trail) disabled; the tables are truncated so
 * COPY may freeze the rows. Afterwards everything is put back exactly as the migrations made it —
 * rebuilding an index once is far faster than maintaining it row by row, and adding a foreign key
 * checks every row in one join — the sequences are moved past the ids, and the tables analysed.
 */
final class BulkLoad {

    private record Definition(String table, String name, String sql) {
    }

    private final Connection connection;
    private final List<String> tables;
    private final PrintStream out;
    private final List<Definition> foreignKeys = new ArrayList<>();
    private final List<Definition> keys = new ArrayList<>();
    private final List<Definition> indexes = new ArrayList<>();

    BulkLoad(Connection connection, List<String> tables, PrintStream out) {
        this.connection = connection;
        this.tables = tables;
        this.out = out;
    }

    /** Refuses a database that holds anything but what the migrations themselves insert. */
    static void requireEmpty(Connection connection, List<String> tables) throws SQLException {
        List<String> all = new ArrayList<>(tables);
        all.addAll(List.of("user_session", "api_key", "volunteer_import", "evaluation_evidence", "idempotency_record"));
        for (String table : all) {
            try (Statement s = connection.createStatement();
                 var rs = s.executeQuery("select exists (select 1 from " + table + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new IllegalStateException("the database already holds data (" + table + " is not empty): the generator"
                            + " fills an empty database only — drop and recreate it, or delete the data folder, first");
                }
            }
        }
    }

    void prepare() throws SQLException {
        long start = System.nanoTime();
        String list = "array[" + String.join(",", tables.stream().map(t -> "'" + t + "'::regclass").toList()) + "]";
        read("select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint where contype = 'f'"
                + " and (conrelid = any(" + list + ") or confrelid = any(" + list + ")) order by conrelid::regclass::text, conname",
                foreignKeys);
        read("select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint where contype in ('p', 'u')"
                + " and conrelid = any(" + list + ") order by conrelid::regclass::text, conname", keys);
        read("select i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid) from pg_index i"
                + " join pg_class c on c.oid = i.indexrelid where i.indrelid = any(" + list + ")"
                + " and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid) order by 1, 2", indexes);
        try (Statement s = connection.createStatement()) {
            for (Definition fk : foreignKeys) {
                s.execute("alter table " + fk.table + " drop constraint " + fk.name);
            }
            for (Definition key : keys) {
                s.execute("alter table " + key.table + " drop constraint " + key.name);
            }
            for (Definition index : indexes) {
                s.execute("drop index " + index.name);
            }
            for (String table : tables) {
                s.execute("alter table " + table + " disable trigger user");
            }
            s.execute("truncate " + String.join(", ", tables));
        }
        Report.phase(out, "prepare", start, keys.size() + " keys, " + foreignKeys.size() + " foreign keys, " + indexes.size()
                + " indexes dropped, triggers disabled, tables truncated");
    }

    /** Keys and indexes per table (timed), then the foreign keys, triggers, sequences and statistics. */
    void finish() throws SQLException {
        Map<String, List<Definition>> byTable = new LinkedHashMap<>();
        tables.forEach(t -> byTable.put(t, new ArrayList<>()));
        keys.forEach(k -> byTable.get(k.table).add(new Definition(k.table, k.name,
                "alter table " + k.table + " add constraint " + k.name + " " + k.sql)));
        indexes.forEach(i -> byTable.get(i.table).add(i));
        try (Statement s = connection.createStatement()) {
            for (var entry : byTable.entrySet()) {
                long start = System.nanoTime();
                for (Definition d : entry.getValue()) {
                    s.execute(d.sql);
                }
                Report.phase(out, "  " + entry.getKey(), start, entry.getValue().size() + " keys and indexes built");
            }
            long start = System.nanoTime();
            for (Definition fk : foreignKeys) {
                s.execute("alter table " + fk.table + " add constraint " + fk.name + " " + fk.sql);
            }
            Report.phase(out, "foreign keys", start, foreignKeys.size() + " added, every row checked");
            start = System.nanoTime();
            for (String table : tables) {
                s.execute("alter table " + table + " enable trigger user");
                advanceSequence(s, table);
            }
            Report.phase(out, "triggers, sequences", start, "triggers enabled, sequences past the largest ids");
            start = System.nanoTime();
            s.execute("analyze " + String.join(", ", tables));
            Report.phase(out, "analyze", start, "");
        }
    }

    /**
     * The next id the application takes is past every generated one. Volunteers take ids in blocks
     * of 50 (Hibernate's pooled optimizer reads the sequence as the top of its block), so the
     * sequence is set a block ahead: the next block starts after the largest id.
     */
    private static void advanceSequence(Statement s, String table) throws SQLException {
        try (var rs = s.executeQuery("select pg_get_serial_sequence('" + table + "', 'id') from information_schema.columns"
                + " where table_schema = current_schema() and table_name = '" + table + "' and column_name = 'id'")) {
            if (!rs.next()) {
                return; // a table without an id (research_visit_place)
            }
            String sequence = rs.getString(1);
            if (sequence == null) {
                return;
            }
            s.execute("select setval('" + sequence + "', coalesce((select max(id) from " + table + "), 0)"
                    + " + (select increment_by - 1 from pg_sequences where (schemaname || '.' || sequencename)::regclass = '"
                    + sequence + "'::regclass) + 1, false)");
        }
    }

    private void read(String sql, List<Definition> into) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                into.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
