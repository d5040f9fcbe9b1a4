package cn.xinhuo.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The table of a run: per operation the requests, throughput and p50/p95/p99 through the API
 * (Gatling's log), the database floor and the ratio API ÷ database, against the targets of issue
 * #9; then the backend's memory and start-up (measured by scripts/bench.sh). Printed and written
 * to {@code bench.resultFile} when given.
 *
 * <p>Arguments: none; reads {@code bench.gatlingResults} (Gatling's results folder),
 * {@code bench.workDir} (workload, database floor and {@code process.properties}) and the run's settings.
 */
public final class ResultTable {

    public static void main(String[] args) throws IOException {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path run = GatlingResults.latestRun(Path.of(System.getProperty("bench.gatlingResults", "target/gatling")));
        String table = render(settings, new GatlingResults(run), DatabaseFloor.Result.load(settings.workDir()),
                properties(settings.workDir().resolve("process.properties")), run);
        System.out.print(table);
        String file = System.getProperty("bench.resultFile", "");
        if (!file.isBlank()) {
            Path out = Path.of(file);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        }
    }

    static String render(BenchSettings s, GatlingResults gatling, DatabaseFloor.Result floor, Properties process, Path run) {
        boolean low = s.mode().equals("low");
        StringBuilder out = new StringBuilder();
        out.append("- ").append(low
                ? String.format(Locale.ROOT, "Low load: each operation alone at %s requests/s for %d s (imports: one every 30 s)%n",
                        trim(s.lowRate()), s.lowDuration())
                : String.format(Locale.ROOT, "Mix: %s requests/s for %d s (open model, Poisson arrivals), %s imports a minute beside%n",
                        trim(s.rate()), s.duration(), trim(s.importsPerMinute())));
        out.append("- Command: ").append(System.getProperty("bench.command", "(Gatling run by hand)")).append('\n');
        out.append("- API: ").append(s.url()).append("; period ").append(s.period()).append("; Gatling log ")
                .append(run.getFileName()).append('\n');
        if (process.containsKey("data")) {
            out.append("- ").append(process.getProperty("data")).append('\n');
        }
        try {
            Workload.load(s.workDir()).notes().forEach(n -> out.append("- ").append(n).append('\n'));
        } catch (RuntimeException e) {
            out.append("(no workload saved)\n");
        }
        for (String line : new String[] {"machine", "load"}) {
            if (process.containsKey(line)) {
                out.append("- ").append(process.getProperty(line)).append('\n');
            }
        }
        out.append('\n');
        out.append(low
                ? "| operation | requests | errors | req/s | p50 ms | p95 ms | p99 ms | target p95 (low load) | | DB median ms | API alone ms | API p50 ÷ DB | ≤ 2×DB+2 ms |\n"
                : "| operation | requests | errors | req/s | p50 ms | p95 ms | p99 ms | target | | DB median ms | API alone ms | API p50 ÷ DB | ≤ 2×DB+2 ms |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|---|\n");
        for (Operation o : Operation.values()) {
            Optional<GatlingResults.Figures> figures = o == Operation.IMPORT ? gatling.group(o.label)
                    : gatling.request(XinhuoSimulation.MEASURED, o.label);
            if (figures.isEmpty()) {
                out.append("| ").append(o.label).append(" | 0 | | | | | | | | | | | |\n");
                continue;
            }
            GatlingResults.Figures f = figures.get();
            double window = o == Operation.IMPORT ? (low ? f.count() * 30.0 : s.duration()) : (low ? s.lowDuration() : s.duration());
            String target;
            boolean met;
            if (low) {
                target = "≤ " + ms(o.lowLoadP95TargetMs);
                met = f.p95() <= o.lowLoadP95TargetMs && f.failed() == 0;
            } else if (o == Operation.IMPORT) {
                target = "≤ " + ms(o.lowLoadP95TargetMs) + " (p95)";
                met = f.p95() <= o.lowLoadP95TargetMs && f.failed() == 0;
            } else {
                target = "p99 ≤ " + Operation.MIX_P99_TARGET_MS + " ms";
                met = f.p99() <= Operation.MIX_P99_TARGET_MS && f.failed() == 0;
            }
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %d | %d | %d | %s | %s |", o.label, f.count(),
                    f.failed(), f.count() / window, f.p50(), f.p95(), f.p99(), target, met ? "pass" : "**miss**"));
            DatabaseFloor.Floor db = floor.operations().get(o.label);
            if (o.read && db != null) {
                out.append(String.format(Locale.ROOT, " %.2f | %.2f | %.1f | %s |%n", db.databaseMedianMs(),
                        db.apiAloneMedianMs(), f.p50() / db.databaseMedianMs(),
                        Operation.withinDatabaseFloor(f.p50(), db.databaseMedianMs()) ? "pass" : "**miss**"));
            } else {
                out.append(o.read ? " – | – | – | – |\n" : " (write) | | | |\n");
            }
        }
        gatling.group(XinhuoSimulation.MEASURED).ifPresent(all -> out.append(String.format(Locale.ROOT,
                "| **all requests** (import aside) | %d | %d | %.1f | %d | %d | %d | p99 ≤ %d ms, no errors%s | %s | | | | |%n",
                all.count(), all.failed(), all.count() / (low ? s.lowDuration() * (Operation.values().length - 1.0) : s.duration()),
                all.p50(), all.p95(), all.p99(), Operation.MIX_P99_TARGET_MS, low ? " (for the mix)" : " (at 1,000 req/s, 300 s)",
                all.p99() <= Operation.MIX_P99_TARGET_MS && all.failed() == 0 ? "pass" : "**miss**")));
        out.append('\n');
        if (!floor.available()) {
            out.append("- Database floor: not measured — ").append(floor.reason()).append('\n');
        } else {
            out.append("- DB median: the request's own SQL (caught in PostgreSQL's log with its parameters) run directly over JDBC, ")
                    .append(floor.repeats()).append(" times for each of up to 3 requests per operation, summed per request; ")
                    .append("API alone: the same requests through the API one at a time. Ratio: the run's API p50 ÷ DB median.\n");
        }
        if (process.containsKey("rss_peak_mb")) {
            double rss = Double.parseDouble(process.getProperty("rss_peak_mb"));
            out.append(String.format(Locale.ROOT, "- Backend resident memory: peak %.0f MB sampled during the run (VmHWM %s MB) — "
                    + "target ≤ 768 MB under the 1,000 req/s mix: %s%n", rss, process.getProperty("rss_hwm_mb", "?"),
                    rss <= 768 ? "pass" : "**miss**"));
        }
        if (process.containsKey("startup_s")) {
            double startup = Double.parseDouble(process.getProperty("startup_s"));
            out.append(String.format(Locale.ROOT, "- Backend start-up: %.2f s from process start to ready (Quarkus says %s s) — "
                    + "target ≤ 5 s: %s%n", startup, process.getProperty("quarkus_started_s", "?"), startup <= 5 ? "pass" : "**miss**"));
        }
        MemorySeries.load(s.workDir().resolve("memory.series")).ifPresent(m -> out.append(m.render()));
        return out.toString();
    }

    private static String ms(int millis) {
        return millis >= 1000 ? trim(millis / 1000.0) + " s" : millis + " ms";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }
}
