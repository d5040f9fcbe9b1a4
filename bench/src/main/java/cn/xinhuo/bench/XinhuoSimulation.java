package cn.xinhuo.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The real users' mix against the running product, as an open workload: requests arrive at a
 * rate whatever the answers take (Poisson arrivals), each virtual user making one request of an
 * operation drawn by its weight ({@link Operation}); a rare roster import runs beside at its own rate.
 *
 * <ul>
 *   <li>{@code -Dbench.mode=mix}: a warm-up, then {@code bench.rate} requests/s for {@code bench.duration} s
 *       with {@code bench.importsPerMinute} imports beside;</li>
 *   <li>{@code -Dbench.mode=low}: a warm-up, then each operation alone at {@code bench.lowRate} requests/s
 *       for {@code bench.lowDuration} s, one after another, then two imports one after the other.</li>
 * </ul>
 * Whom to act as and on what is found at the start ({@link Workload}), or taken from
 * {@code bench.workDir} with {@code -Dbench.reuseWorkload=true} (scripts/bench.sh finds it first and
 * measures the database floor before the load, on the data as the reads find it).
 */
public class XinhuoSimulation extends Simulation {

    /** The group of the requests that count; the warm-up's are in another. */
    public static final String MEASURED = "measured";
    static final String WARM_UP = "warm-up";
    private static final String[] KINDS = {"HOME_VISIT", "TUTORING", "PHONE_CALL", "CULTIVATION", "OTHER"};
    private static final long IMPORT_PATIENCE_MS = 300_000;

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final Workload workload = Workload.current(settings);
    private final List<byte[]> rosters = new ArrayList<>();

    {
        HttpProtocolBuilder protocol = http.baseUrl(settings.url())
                .acceptHeader("application/json")
                .acceptLanguageHeader("zh-CN")
                // one connection pool for all virtual users, as a proxy in front of the backend keeps them
                .shareConnections();

        PopulationBuilder warmUp = scenario(WARM_UP).exec(mix(WARM_UP))
                .injectOpen(constantUsersPerSec(Math.min(settings.rate(), 20)).during(settings.warmup()).randomized());
        List<PopulationBuilder> measured = new ArrayList<>();
        if (settings.mode().equals("low")) {
            int imports = plannedImports(2);
            for (Operation o : Operation.values()) {
                measured.add(o == Operation.IMPORT
                        ? scenario(o.label).exec(importRoster()).injectOpen(
                                constantUsersPerSec(1.0 / 30).during(imports * 30L))
                        : scenario(o.label).exec(request(o, MEASURED)).injectOpen(
                                constantUsersPerSec(settings.lowRate()).during(settings.lowDuration()).randomized()));
            }
            // each operation alone: one population after the other
            for (int i = measured.size() - 1; i > 0; i--) {
                measured.set(i - 1, measured.get(i - 1).andThen(measured.get(i)));
            }
            setUp(warmUp.andThen(measured.get(0))).protocols(protocol).maxDuration(Duration.ofHours(2));
        } else {
            double imports = settings.importsPerMinute() / 60;
            int importCount = plannedImports((int) Math.ceil(imports * settings.duration()));
            measured.add(scenario("mix").exec(mix(MEASURED))
                    .injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration()).randomized()));
            if (importCount > 0) {
                measured.add(scenario("imports").exec(importRoster())
                        .injectOpen(constantUsersPerSec(imports).during(settings.duration())));
            }
            setUp(warmUp.andThen(measured))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(settings.warmup() + settings.duration() + IMPORT_PATIENCE_MS / 1000));
        }
    }

    /** One request of an operation drawn by the mix's weights. */
    private ChainBuilder mix(String group) {
        List<Choice.WithWeight> choices = new ArrayList<>();
        for (Operation o : Operation.values()) {
            if (o.weight > 0) {
                choices.add(new Choice.WithWeight(o.weight, request(o, group)));
            }
        }
        return randomSwitch().on(choices);
    }

    /** One request of an operation, as one of its targets at random, in a group (measured or warm-up). */
    private ChainBuilder request(Operation operation, String group) {
        ChainBuilder fed = feed(listFeeder(records(operation)).random());
        if (operation == Operation.RECORD_ACTIVITY) {
            return group(group).on(fed.exec(http(operation.label).post("#{path}")
                    .header("Authorization", "Bearer #{token}")
                    .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                    .body(StringBody(XinhuoSimulation::activity)).asJson()
                    .check(status().is(201))));
        }
        return group(group).on(fed.exec(http(operation.label).get("#{path}")
                .header("Authorization", "Bearer #{token}")
                .check(status().is(200))));
    }

    /** What a pair did today: a visit, tutoring or a call of ¼ to 4 hours. */
    private static String activity(Session session) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "{\"occurredOn\":\"" + LocalDate.now() + "\",\"kind\":\"" + KINDS[random.nextInt(KINDS.length)]
                + "\",\"hours\":" + (1 + random.nextInt(16)) * 0.25 + ",\"notes\":\"基准测试记录\"}";
    }

    /**
     * A roster uploaded by a township admin and waited for until the import has finished, as the
     * user waits (the group's duration; gatling.conf counts groups by duration). Not SUCCEEDED = KO.
     */
    private ChainBuilder importRoster() {
        List<Map<String, Object>> records = new ArrayList<>();
        List<Workload.Target> targets = workload.of(Operation.IMPORT);
        for (int i = 0; i < rosters.size(); i++) {
            Map<String, Object> record = record(targets.get(i % targets.size()));
            record.put("roster", i);
            records.add(record);
        }
        return feed(listFeeder(records).circular()).group(Operation.IMPORT.label).on(
                exec(session -> session.set("importStarted", System.currentTimeMillis()))
                        .exec(http("import: upload").post("#{path}")
                                .header("Authorization", "Bearer #{token}")
                                .header("Content-Type", Roster.MEDIA_TYPE)
                                .body(ByteArrayBody(session -> rosters.get(session.getInt("roster"))))
                                .check(status().is(202), jsonPath("$.id").saveAs("importId"),
                                        jsonPath("$.status").saveAs("importStatus")))
                        .exec(asLongAs(session -> "RUNNING".equals(session.getString("importStatus"))
                                && System.currentTimeMillis() - session.getLong("importStarted") < IMPORT_PATIENCE_MS).on(
                                pause(Duration.ofMillis(250)).exec(http("import: progress")
                                        .get("/api/v1/volunteer-imports/#{importId}")
                                        .header("Authorization", "Bearer #{token}")
                                        .check(status().is(200), jsonPath("$.status").saveAs("importStatus")))))
                        .exec(session -> "SUCCEEDED".equals(session.getString("importStatus")) ? session
                                : session.markAsFailed()));
    }

    /** Builds the rosters the run will upload (before the load starts: each takes a while). */
    private int plannedImports(int count) {
        List<Workload.Target> targets = workload.of(Operation.IMPORT);
        int base = ThreadLocalRandom.current().nextInt(999);
        while (rosters.size() < count) {
            Workload.Target target = targets.get(rosters.size() % targets.size());
            rosters.add(Roster.workbook(settings.importRows(), target.organization(), base, rosters.size()));
        }
        return count;
    }

    private List<Map<String, Object>> records(Operation operation) {
        return workload.of(operation).stream().map(XinhuoSimulation::record).toList();
    }

    private static Map<String, Object> record(Workload.Target target) {
        Map<String, Object> record = new HashMap<>();
        record.put("token", target.token());
        record.put("path", target.path());
        return record;
    }
}
