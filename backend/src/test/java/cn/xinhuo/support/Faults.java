package cn.xinhuo.support;

/**
 * Failures injected at the database for a test: a trigger that raises for one marked row, late in a
 * multi-row write, dropped again afterwards. Production carries no hook for them — the fault lives
 * only in the test database, only while the test runs.
 */
public final class Faults {

    private Faults() {
    }

    /** A fault on inserting into {@code table} whenever {@code condition} (on NEW) holds; close to remove it. */
    public static AutoCloseable onInsert(String table, String condition) {
        String name = "test_fault_" + table;
        Database.update("create or replace function " + name + "() returns trigger language plpgsql as $$ begin if "
                + condition + " then raise exception 'fault injected by a test' using errcode = 'XX000'; end if;"
                + " return new; end $$");
        Database.update("create trigger " + name + " before insert on " + table + " for each row execute function " + name + "()");
        return () -> {
            Database.update("drop trigger if exists " + name + " on " + table);
            Database.update("drop function if exists " + name + "()");
        };
    }
}
