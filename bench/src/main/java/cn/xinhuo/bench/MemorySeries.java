package cn.xinhuo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The backend's memory through a soak (scripts/bench.sh --mode soak samples it every 10 s, every
 * sixth sample right after a full collection): resident memory and the old generation's used bytes. After a settling time (the first fifth, at most five
 * minutes) the first third is compared with the last: memory is flat when the resident set grew by
 * at most 5 % and the old generation's floor (its least value, what survives collections) by at
 * most 10 % — a leak raises the floor however often the collector runs.
 */
record MemorySeries(List<Sample> samples) {

    record Sample(int seconds, long residentKb, long oldGenKb) {
    }

    static final double RESIDENT_GROWTH_LIMIT = 0.05;
    static final double OLD_FLOOR_GROWTH_LIMIT = 0.10;

    static Optional<MemorySeries> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<Sample> samples = Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty())
                    .map(l -> l.split("\\s+"))
                    .map(f -> new Sample(Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])))
                    .filter(x -> x.residentKb() > 0).toList();
            return samples.size() < 6 ? Optional.empty() : Optional.of(new MemorySeries(samples));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples after the settling time. */
    List<Sample> settled() {
        int last = samples.get(samples.size() - 1).seconds();
        int settle = Math.min(300, last / 5);
        return samples.stream().filter(x -> x.seconds() >= settle).toList();
    }

    double residentGrowth() {
        List<Sample> s = settled();
        return mean(first(s), Sample::residentKb) == 0 ? 0
                : mean(lastThird(s), Sample::residentKb) / mean(first(s), Sample::residentKb) - 1;
    }

    double oldFloorGrowth() {
        List<Sample> s = settled();
        long before = floor(first(s));
        return before == 0 ? 0 : (double) floor(lastThird(s)) / before - 1;
    }

    boolean flat() {
        return residentGrowth() <= RESIDENT_GROWTH_LIMIT && oldFloorGrowth() <= OLD_FLOOR_GROWTH_LIMIT;
    }

    String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "- Memory through the soak (%d samples, every 10 s; compared after the first %d s): resident %s → %s MB "
                        + "(first third → last third, %+.1f %%, limit +%.0f %%), old generation's floor %s → %s MB (%+.1f %%, "
                        + "limit +%.0f %%): %s%n",
                samples.size(), settled().get(0).seconds(), mb(mean(first(settled()), Sample::residentKb)),
                mb(mean(lastThird(settled()), Sample::residentKb)), residentGrowth() * 100, RESIDENT_GROWTH_LIMIT * 100,
                mb(floor(first(settled()))), mb(floor(lastThird(settled()))), oldFloorGrowth() * 100,
                OLD_FLOOR_GROWTH_LIMIT * 100, flat() ? "flat" : "**growing**"));
        out.append("\n| minute | resident MB | old generation MB |\n|--:|--:|--:|\n");
        int shown = -1;
        for (Sample x : samples) {
            if (x.seconds() / 60 > shown) {
                shown = x.seconds() / 60;
                out.append(String.format(Locale.ROOT, "| %d | %s | %s |%n", shown, mb(x.residentKb()), mb(x.oldGenKb())));
            }
        }
        return out.toString();
    }

    private static List<Sample> first(List<Sample> s) {
        return s.subList(0, Math.max(1, s.size() / 3));
    }

    private static List<Sample> lastThird(List<Sample> s) {
        return s.subList(s.size() - Math.max(1, s.size() / 3), s.size());
    }

    private static double mean(List<Sample> s, java.util.function.ToLongFunction<Sample> f) {
        return s.stream().mapToLong(f).average().orElse(0);
    }

    private static long floor(List<Sample> s) {
        return s.stream().mapToLong(Sample::oldGenKb).min().orElse(0);
    }

    private static String mb(double kb) {
        return String.format(Locale.ROOT, "%.0f", kb / 1024);
    }
}
