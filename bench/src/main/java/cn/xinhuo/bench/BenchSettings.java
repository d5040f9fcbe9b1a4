package cn.xinhuo.bench;

import java.nio.file.Path;

/**
 * What a benchmark run is told, as system properties ({@code -Dbench.rate=200}); scripts/bench.sh
 * passes them on. Every default fits the demo data set (city scale); generated data sets name their
 * own admin, password and period.
 */
public record BenchSettings(
        String url,
        String admin,
        String password,
        String townshipAdmins,
        String groupLeaders,
        String townshipType,
        int townships,
        int maxLogins,
        String period,
        String mode,
        double rate,
        int duration,
        double lowRate,
        int lowDuration,
        int warmup,
        double importsPerMinute,
        int importRows,
        Path workDir) {

    public static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                text("bench.url", "http://localhost:8080"),
                text("bench.admin", "city-admin"),
                text("bench.password", "Xinhuo@2016"),
                text("bench.townshipAdmins", ""),
                text("bench.groupLeaders", ""),
                text("bench.townshipType", "TOWNSHIP_COMMITTEE"),
                number("bench.townships", 8),
                number("bench.maxLogins", 24),
                text("bench.period", "2016-H1"),
                text("bench.mode", "mix"),
                Double.parseDouble(text("bench.rate", "50")),
                number("bench.duration", 60),
                Double.parseDouble(text("bench.lowRate", "5")),
                number("bench.lowDuration", 20),
                number("bench.warmup", 15),
                Double.parseDouble(text("bench.importsPerMinute", "1")),
                number("bench.importRows", 10_000),
                Path.of(text("bench.workDir", "target/bench")).toAbsolutePath());
    }

    /** Names given as a comma-separated property, none when empty. */
    public static java.util.List<String> names(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int number(String name, int fallback) {
        return Integer.parseInt(text(name, String.valueOf(fallback)));
    }
}
