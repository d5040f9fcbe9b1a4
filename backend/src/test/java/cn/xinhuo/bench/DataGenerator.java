package cn.xinhuo.bench;

import org.flywaydb.core.Flyway;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty Xinhuo database with synthetic data of a named {@link Scale}, repeatable from a
 * seed: the same scale, seed and as-of day give the same rows, byte for byte. The schema comes from
 * the application's own Flyway migrations; the rows go in with COPY inside one transaction, with
 * the keys, indexes and triggers off during the load and back on (checked) before it commits.
 *
 * <p>Why Java and not SQL: the rows need what the application does in Java — pinyin initials of
 * names (NameInitials), keyed hashes and AES-GCM of ID card numbers (PersonalDataCipher's keys),
 * bcrypt for the passwords, ScoringPolicy for the evaluations' totals — and a generator in the same
 * language reuses those and keeps the distributions readable.
 *
 * <p>Usage: {@code DataGenerator <scale> [--seed N] [--as-of YYYY-MM-DD]} with the database in
 * QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD) and the key in XINHUO_PRIVACY_KEY (default:
 * run.sh's local key). scripts/generate-data.sh starts a database and runs this.
 */
public final class DataGenerator {

    /** run.sh's fixed local-only key: generated data served by run.sh must be decrypted with it. */
    static final String LOCAL_RUN_KEY = "bG9jYWwtcnVuLW9ubHkta2V5LW5vdC1hLXNlY3JldDA=";

    /** The tables the generator writes, parents first. */
    static final List<String> TABLES = List.of("organization", "app_user", "volunteer", "volunteer_status_change", "team",
            "team_member", "honor", "media_coverage", "beneficiary", "pair", "pair_status_change", "activity", "appointment",
            "training", "training_attendance", "research_visit", "research_visit_place", "assessment_template", "campaign",
            "campaign_enrolment", "evaluation", "award_event");

    private DataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: DataGenerator <" + String.join("|", Scale.ALL.stream().map(Scale::name).toList())
                    + "> [--seed N] [--as-of YYYY-MM-DD]");
            System.exit(2);
        }
        Scale scale = Scale.named(args[0]);
        long seed = 1;
        LocalDate asOf = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("QUARKUS_DATASOURCE_JDBC_URL names the database to fill");
        }
        String user = envOr("QUARKUS_DATASOURCE_USERNAME", "postgres");
        String password = envOr("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        String key = envOr("XINHUO_PRIVACY_KEY", LOCAL_RUN_KEY);
        try {
            generate(url, user, password, scale, seed, asOf, key, System.out);
        } catch (IllegalStateException | IllegalArgumentException refused) {
            System.err.println("not generated: " + refused.getMessage());
            System.exit(1);
        }
    }

    /** Migrates the database, fills it and returns the rows written per table. */
    public static Map<String, Long> generate(String url, String user, String password, Scale scale, long seed, LocalDate asOf,
                                             String privacyKey, PrintStream out) throws SQLException {
        long start = System.nanoTime();
        out.printf("scale %s, seed %d, as of %s, into %s; %d cores, Java heap %,d MB%n", scale.name(), seed, asOf,
                url.replaceAll("password=[^&]*", "password=…"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        Report.phase(out, "migrations", start, "Flyway, db/migration");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.execute("set local statement_timeout = 0");
                s.execute("set local synchronous_commit = off");
                s.execute("set local maintenance_work_mem = '" + (scale.volunteers() > 2_000_000 ? "1GB" : "256MB") + "'");
            }
            BulkLoad.requireEmpty(connection, TABLES);
            BulkLoad load = new BulkLoad(connection, TABLES, out);
            load.prepare();
            Report report = new Report(connection, out);
            fill(report, scale, seed, asOf, privacyKey);
            load.finish();
            // -Dxinhuo.gen.skipRollups=true: load only (the nation's rebuild takes hours here; run it apart, or measure without)
            if (!Boolean.getBoolean("xinhuo.gen.skipRollups")) {
                rollUp(connection, out);
            }
            long commit = System.nanoTime();
            connection.commit();
            Report.phase(out, "commit", commit, "");
            long rows = report.rows().values().stream().mapToLong(Long::longValue).sum();
            double seconds = BulkLoad.seconds(start);
            out.printf("%-26s %,14d rows %7.1f s %,11.0f rows/s (%.1f min)%n", "total", rows, seconds, rows / seconds, seconds / 60);
            return report.rows();
        }
    }

    /** The dashboard's rollups (V17), which the triggers would have kept had they been on during the load. */
    private static void rollUp(Connection connection, PrintStream out) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("select stats_rollup_rebuild()")) {
            rs.next();
            long rows = rs.getLong(1);
            s.execute("analyze stats_rollup, stats_rollup_pending");
            Report.phase(out, "stats rollups", start, String.format("%,d rows rebuilt from the loaded records", rows));
        }
    }

    private static void fill(Report report, Scale scale, long seed, LocalDate asOf, String privacyKey) throws SQLException {
        OrganizationTree tree = new OrganizationTree(scale, seed);
        tree.write(report, asOf.minusYears(3));
        Accounts accounts = new Accounts(tree, scale, seed);
        accounts.write(report, seed, asOf);
        Register register = new Register(tree, scale, seed, asOf);
        register.writeVolunteers(report, new PersonalNumbers(privacyKey, seed));
        register.writeStatusChanges(report);
        new Teams(tree, register, seed, asOf).write(report);
        Honors.write(report, tree, register, seed, asOf);
        Mentoring mentoring = new Mentoring(tree, register, accounts, scale, seed, asOf);
        mentoring.writeBeneficiaries(report);
        mentoring.writePairs(report);
        mentoring.writeActivities(report, scale.activities());
        Leadership leadership = new Leadership(tree, register, seed, asOf);
        leadership.writeAppointments(report);
        leadership.writeTrainings(report);
        leadership.writeResearchVisits(report);
        new Assessments(tree, seed, asOf).write(report);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
