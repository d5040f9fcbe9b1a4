package cn.xinhuo.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database floor of each read operation: the SQL that one request really sends, run directly
 * against PostgreSQL. For a few requests of each read operation (the saved {@link Workload}) the
 * backend's statements are caught with their parameters in PostgreSQL's own log
 * ({@code log_min_duration_statement = 0} for the moment of the request, jsonlog read through
 * {@code pg_read_binary_file}), then run again over JDBC {@code bench.dbRepeats} times each, as one
 * transaction that is rolled back (a read may touch its session). The median of the summed time is
 * the floor; the same requests timed through the API one at a time are the comparison.
 *
 * <p>Needs a superuser connection ({@code bench.dbUrl}, {@code bench.dbUser}, {@code bench.dbPassword})
 * to a server with {@code logging_collector = on} and {@code jsonlog} in {@code log_destination};
 * scripts/bench.sh sets both on the database it starts. Writes {@code db-floor.json} and the caught
 * statements ({@code db-floor.sql}) to {@code bench.workDir}.
 */
public final class DatabaseFloor {

    public static final String FILE = "db-floor.json";
    private static final Pattern EXECUTED = Pattern.compile(
            "^duration: [0-9.]+ ms {2}(?:execute [^:]+|statement): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|DISCARD)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A statement as the backend sent it: SQL with $n placeholders and the values bound to them. */
    record Captured(String sql, Map<Integer, String> parameters) {
        String readable() {
            return PLACEHOLDER.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(literal(parameters.get(
                    Integer.parseInt(m.group(1))))));
        }

        private static String literal(String value) {
            return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
        }
    }

    /** What is written per operation. */
    public record Floor(int requests, int statements, double databaseMedianMs, double apiAloneMedianMs) {
    }

    /** The step's result: the floors, or why there are none. */
    public record Result(boolean available, String reason, int repeats, Map<String, Floor> operations) {
        public static Result load(Path workDir) {
            try {
                return Api.JSON.readValue(workDir.resolve(FILE).toFile(), Result.class);
            } catch (IOException e) {
                return new Result(false, "no database step ran (" + e.getMessage() + ")", 0, Map.of());
            }
        }
    }

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final Api api = new Api(settings.url());
    private final int samples = Integer.getInteger("bench.dbSamples", 3);
    private final int repeats = Integer.getInteger("bench.dbRepeats", 30);
    private final StringBuilder sqlReport = new StringBuilder();

    public static void main(String[] args) throws Exception {
        new DatabaseFloor().run();
    }

    private void run() throws IOException {
        Workload workload = Workload.load(settings.workDir());
        String url = System.getProperty("bench.dbUrl", "");
        Result result;
        if (url.isBlank()) {
            result = new Result(false, "no database given (bench.dbUrl)", repeats, Map.of());
        } else {
            Properties connection = new Properties();
            connection.setProperty("user", System.getProperty("bench.dbUser", "postgres"));
            connection.setProperty("password", System.getProperty("bench.dbPassword", "postgres"));
            // planned as the backend's connections plan them (application.properties): the same SQL run the same way
            connection.setProperty("options", System.getProperty("bench.dbOptions", "-c plan_cache_mode=force_custom_plan"));
            try (Connection db = DriverManager.getConnection(url, connection)) {
                result = measure(db, workload);
            } catch (SQLException e) {
                result = new Result(false, "database: " + e.getMessage(), repeats, Map.of());
            }
        }
        Files.writeString(settings.workDir().resolve("db-floor.sql"), sqlReport);
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(settings.workDir().resolve(FILE).toFile(), result);
        System.out.println(result.available() ? "[bench] database floor measured: " + settings.workDir().resolve(FILE)
                : "[bench] no database floor: " + result.reason());
    }

    private Result measure(Connection db, Workload workload) throws SQLException {
        String collector = single(db, "show logging_collector");
        String destination = single(db, "show log_destination");
        if (!"on".equals(collector) || !destination.contains("jsonlog")) {
            return new Result(false, "PostgreSQL logs no jsonlog (logging_collector=" + collector + ", log_destination="
                    + destination + "); set both and restart it", repeats, Map.of());
        }
        // the backend warmed up first: every read request of the sample a few times
        for (int i = 0; i < 10; i++) {
            for (Operation operation : Operation.values()) {
                if (operation.read) {
                    sample(workload.of(operation)).forEach(t -> api.status(t.path(), t.token()));
                }
            }
        }
        Map<String, Floor> floors = new LinkedHashMap<>();
        Map<Operation, List<List<Captured>>> captured = new LinkedHashMap<>();
        Map<Operation, List<Double>> apiTimes = new LinkedHashMap<>();
        execute(db, "alter system set log_min_duration_statement = 0");
        execute(db, "select pg_reload_conf()");
        pause(500);
        try {
            for (Operation operation : Operation.values()) {
                if (!operation.read) {
                    continue;
                }
                for (Workload.Target target : sample(workload.of(operation))) {
                    captured.computeIfAbsent(operation, o -> new ArrayList<>()).add(capture(db, target));
                }
            }
        } finally {
            execute(db, "alter system reset log_min_duration_statement");
            execute(db, "select pg_reload_conf()");
        }
        // with the log quiet again: the API alone and the SQL alone, each request in turn
        for (var entry : captured.entrySet()) {
            Operation operation = entry.getKey();
            List<Double> apiAlone = new ArrayList<>();
            for (Workload.Target target : sample(workload.of(operation))) {
                for (int i = 0; i < repeats; i++) {
                    long start = System.nanoTime();
                    api.status(target.path(), target.token());
                    apiAlone.add((System.nanoTime() - start) / 1e6);
                }
            }
            apiTimes.put(operation, apiAlone);
            List<Double> totals = new ArrayList<>();
            int statements = 0;
            sqlReport.append("-- ").append(operation.label).append('\n');
            for (List<Captured> request : entry.getValue()) {
                statements += request.size();
                List<List<Double>> each = new ArrayList<>();
                totals.addAll(replay(db, request, each));
                for (int i = 0; i < request.size(); i++) {
                    sqlReport.append(String.format(java.util.Locale.ROOT, "-- %.3f ms (median of %d)%n%s;%n",
                            median(each.get(i)), repeats, request.get(i).readable()));
                }
                sqlReport.append('\n');
            }
            floors.put(operation.label, new Floor(entry.getValue().size(), statements, median(totals), median(apiAlone)));
        }
        return new Result(true, null, repeats, floors);
    }

    /** Up to bench.dbSamples targets spread over the list. */
    private List<Workload.Target> sample(List<Workload.Target> targets) {
        int n = Math.min(samples, targets.size());
        List<Workload.Target> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(targets.get(i * targets.size() / n));
        }
        return chosen;
    }

    /** The statements of one request, from PostgreSQL's log between the request and a marker of ours. */
    private List<Captured> capture(Connection db, Workload.Target target) throws SQLException {
        for (int i = 0; i < 3; i++) {
            api.status(target.path(), target.token());
        }
        pause(300);
        String file = single(db, "select pg_current_logfile('jsonlog')");
        long offset = Long.parseLong(single(db, "select size from pg_stat_file(pg_current_logfile('jsonlog'))"));
        int status = api.status(target.path(), target.token());
        if (status != 200) {
            throw new IllegalStateException("GET " + target.path() + " → " + status);
        }
        String marker = "xinhuo_bench_marker_" + System.nanoTime();
        single(db, "select '" + marker + "'");
        String myPid = single(db, "select pg_backend_pid()");
        String log = "";
        for (int i = 0; i < 50 && !log.contains(marker); i++) {
            pause(100);
            log = readLog(db, file, offset);
        }
        List<Captured> statements = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = parse(line);
            if (entry == null || myPid.equals(entry.path("pid").asText()) || !entry.has("message")) {
                continue;
            }
            Matcher m = EXECUTED.matcher(entry.get("message").asText());
            if (!m.matches() || TRANSACTION_CONTROL.matcher(m.group(1).strip()).matches()) {
                continue;
            }
            Map<Integer, String> parameters = new LinkedHashMap<>();
            Matcher p = PARAMETER.matcher(entry.path("detail").asText(""));
            while (p.find()) {
                parameters.put(Integer.parseInt(p.group(1)), p.group(2).equals("NULL") ? null : p.group(3).replace("''", "'"));
            }
            statements.add(new Captured(m.group(1), parameters));
        }
        if (statements.isEmpty()) {
            throw new IllegalStateException("no statement of GET " + target.path() + " found in PostgreSQL's log " + file);
        }
        return statements;
    }

    /**
     * Runs a request's statements {@code repeats} times, each time in a transaction rolled back: the
     * milliseconds of each time, and of each statement in {@code each}.
     */
    private List<Double> replay(Connection db, List<Captured> request, List<List<Double>> each) throws SQLException {
        List<Double> totals = new ArrayList<>();
        request.forEach(c -> each.add(new ArrayList<>()));
        db.setAutoCommit(false);
        List<PreparedStatement> prepared = new ArrayList<>();
        try {
            for (Captured c : request) {
                prepared.add(db.prepareStatement(PLACEHOLDER.matcher(c.sql()).replaceAll("?")));
            }
            for (int r = 0; r < repeats; r++) {
                long elapsed = 0;
                for (int s = 0; s < request.size(); s++) {
                    Captured c = request.get(s);
                    PreparedStatement ps = prepared.get(s);
                    Matcher m = PLACEHOLDER.matcher(c.sql());
                    int index = 1;
                    while (m.find()) {
                        String value = c.parameters().get(Integer.parseInt(m.group(1)));
                        if (value == null) {
                            ps.setNull(index++, Types.NULL);
                        } else {
                            ps.setObject(index++, value, Types.OTHER);
                        }
                    }
                    long start = System.nanoTime();
                    if (ps.execute()) {
                        try (ResultSet rs = ps.getResultSet()) {
                            while (rs.next()) {
                                // every row fetched, as the backend does
                            }
                        }
                    }
                    long took = System.nanoTime() - start;
                    each.get(s).add(took / 1e6);
                    elapsed += took;
                }
                db.rollback();
                totals.add(elapsed / 1e6);
            }
        } finally {
            db.rollback();
            for (PreparedStatement ps : prepared) {
                ps.close();
            }
            db.setAutoCommit(true);
        }
        return totals;
    }

    private static String readLog(Connection db, String file, long offset) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "select pg_read_binary_file(?, ?, (select size from pg_stat_file(?)) - ?)")) {
            ps.setString(1, file);
            ps.setLong(2, offset);
            ps.setString(3, file);
            ps.setLong(4, offset);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String(rs.getBytes(1), StandardCharsets.UTF_8);
            }
        }
    }

    private static JsonNode parse(String line) {
        try {
            return Api.JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
