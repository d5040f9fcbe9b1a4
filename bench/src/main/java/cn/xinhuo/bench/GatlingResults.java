package cn.xinhuo.bench;

import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The figures of a Gatling run, read from its simulation.log with Gatling's own reader (the log is
 * binary since Gatling 3.12 and its HTML report counts throughput over the whole run).
 */
public final class GatlingResults {

    /** Response times in milliseconds, as Gatling records them. */
    public record Figures(long count, long failed, int p50, int p95, int p99, int max) {
    }

    private final LogFileData data;
    public final Path runDirectory;

    public GatlingResults(Path runDirectory) {
        this.runDirectory = runDirectory;
        this.data = new LogFileReader(runDirectory.resolve("simulation.log").toFile(), GatlingConfiguration.load()).read();
    }

    /** The newest run folder under Gatling's results folder. */
    public static Path latestRun(Path resultsFolder) {
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            return runs.filter(p -> Files.exists(p.resolve("simulation.log")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling run in " + resultsFolder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request's figures within a group. */
    public Optional<Figures> request(String group, String name) {
        Option<Group> in = Option.apply(path(group));
        return figures(data.requestGeneralStats(Option.apply(name), in, Option.empty()),
                data.requestGeneralStats(Option.apply(name), in, Option.apply((Status) KO$.MODULE$)));
    }

    /** A group's figures: its durations (gatling.conf) or, for a group of single requests, their response times. */
    public Optional<Figures> group(String name) {
        return figures(data.groupDurationGeneralStats(path(name), Option.empty()),
                data.groupDurationGeneralStats(path(name), Option.apply((Status) KO$.MODULE$)));
    }

    private static Group path(String name) {
        return new Group(CollectionConverters.asScala(List.of(name)).toList());
    }

    private static Optional<Figures> figures(Option<GeneralStats> all, Option<GeneralStats> failed) {
        if (all.isEmpty() || all.get().count() == 0) {
            return Optional.empty();
        }
        GeneralStats s = all.get();
        return Optional.of(new Figures(s.count(), failed.isEmpty() ? 0 : failed.get().count(), percentile(s, 50),
                percentile(s, 95), percentile(s, 99), s.max()));
    }

    private static int percentile(GeneralStats stats, double rank) {
        return ((Number) stats.percentile().apply(rank)).intValue();
    }
}
