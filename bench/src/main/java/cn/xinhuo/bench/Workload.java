package cn.xinhuo.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Whom the benchmark acts as and on what, found through the API at the start of a run so that it
 * works on any data set: the demo (a county-level city) as well as generated provinces. An admin
 * of the top organization lists township committees and their users; township admins, county
 * admins and group leaders are then logged in with the shared password (or named by properties),
 * and each operation gets a list of ready requests: who (a token) and what (a path).
 */
public record Workload(Map<Operation, List<Target>> targets, List<String> notes) {

    /** One request an operation may make: as whom, where, and for an import the organization the roster is for. */
    public record Target(String actor, String token, String path, String organization) {
    }

    public static final String FILE = "workload.json";
    private static final String[] FILTERS = {"", "status=ACTIVE", "category=VETERAN_TEACHER", "category=VETERAN_CADRE",
            "residence=RURAL&status=ACTIVE", "minAge=70&maxAge=80", "honored=true", "sort=name,asc"};
    private static final int[] PAGES = {0, 0, 0, 1, 2};

    public List<Target> of(Operation operation) {
        return targets.getOrDefault(operation, List.of());
    }

    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            Api.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(FILE).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workload load(Path dir) {
        try {
            return Api.JSON.readValue(dir.resolve(FILE).toFile(), Workload.class);
        } catch (IOException e) {
            throw new UncheckedIOException("no workload in " + dir + " (run the simulation first)", e);
        }
    }

    /** Finds whom to act as and on what, and saves it in bench.workDir (scripts/bench.sh runs this first). */
    public static void main(String[] args) {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Workload workload = discover(settings);
        workload.save(settings.workDir());
        workload.notes().forEach(n -> System.out.println("[bench] " + n));
    }

    /** The saved workload when there is one and bench.reuseWorkload is true, else a new one (saved). */
    public static Workload current(BenchSettings settings) {
        if (Boolean.getBoolean("bench.reuseWorkload") && Files.exists(settings.workDir().resolve(FILE))) {
            return load(settings.workDir());
        }
        Workload workload = discover(settings);
        workload.save(settings.workDir());
        workload.notes().forEach(n -> System.out.println("[bench] " + n));
        return workload;
    }

    /** Finds users and organizations through the API; logs in at most {@code maxLogins} users. */
    public static Workload discover(BenchSettings settings) {
        return new Discovery(settings).run();
    }

    private static final class Discovery {
        private final BenchSettings settings;
        private final Api api;
        private final Random random = new Random(2016);
        private final Map<Operation, List<Target>> targets = new EnumMap<>(Operation.class);
        private final List<String> notes = new ArrayList<>();
        private final Map<String, JsonNode> sessions = new LinkedHashMap<>();
        private String adminToken;
        private int attempts;

        Discovery(BenchSettings settings) {
            this.settings = settings;
            this.api = new Api(settings.url());
        }

        Workload run() {
            JsonNode admin = login(settings.admin());
            if (admin == null) {
                throw new IllegalStateException("cannot log in as " + settings.admin() + " (bench.admin, bench.password)");
            }
            adminToken = admin.get("accessToken").asText();
            long root = admin.get("user").get("organizationId").asLong();
            notes.add(dataSize());

            // township committees in the admin's subtree: one random page of them
            String townshipQuery = "/api/v1/organizations?type=" + settings.townshipType() + "&within=" + root
                    + "&status=ACTIVE&size=200&sort=name,asc";
            long total = api.get(townshipQuery, adminToken).get("total").asLong();
            if (total == 0) {
                throw new IllegalStateException("no organization of type " + settings.townshipType() + " under "
                        + root + " (bench.townshipType)");
            }
            List<JsonNode> page = items(api.get(townshipQuery + "&page=" + random.nextInt((int) ((total + 199) / 200)),
                    adminToken));
            Collections.shuffle(page, random);
            List<JsonNode> townshipAdmins = townshipAdmins(page);
            Set<Long> acting = new LinkedHashSet<>();
            townshipAdmins.forEach(a -> acting.add(a.get("user").get("organizationId").asLong()));
            // the county-level organizations above the townships: those of the acting townships first
            Set<Long> counties = new LinkedHashSet<>();
            page.stream().sorted(java.util.Comparator.comparing(t -> !acting.contains(t.get("id").asLong())))
                    .forEach(t -> counties.add(t.get("parentId").isNull() ? root : t.get("parentId").asLong()));
            notes.add(total + " township committees under organization " + root + "; acting as "
                    + townshipAdmins.stream().map(a -> a.get("user").get("username").asText()).toList() + " in "
                    + townshipAdmins.stream().map(a -> a.get("user").get("organizationName").asText()).toList()
                    + "; " + counties.size() + " county-level organizations");

            List<Long> treeNodes = new ArrayList<>(List.of(root));
            List<Long> villages = new ArrayList<>();
            for (JsonNode session : townshipAdmins) {
                volunteerTargets(session, villages);
            }
            treeNodes.addAll(counties.stream().filter(c -> c != root).limit(8).toList());
            acting.forEach(treeNodes::add);
            for (long county : counties.stream().limit(8).toList()) {
                JsonNode viewer = adminOf(county);
                String token = (viewer == null ? adminToken : viewer.get("accessToken").asText());
                String actor = viewer == null ? settings.admin() : viewer.get("user").get("username").asText();
                String period = "&period=" + encode(settings.period());
                add(Operation.COUNTY_DASHBOARD, actor, token, "/api/v1/stats/summary?orgId=" + county + period, null);
                add(Operation.WORK_REPORT, actor, token, "/api/v1/reports/work-summary?orgId=" + county + period, null);
            }
            add(Operation.PROVINCE_DASHBOARD, settings.admin(), adminToken,
                    "/api/v1/stats/summary?orgId=" + root + "&period=" + encode(settings.period()), null);
            for (long node : treeNodes) {
                add(Operation.TREE_CHILDREN, settings.admin(), adminToken, "/api/v1/organizations/" + node + "/children", null);
                add(Operation.TREE_DETAIL, settings.admin(), adminToken, "/api/v1/organizations/" + node, null);
            }
            Collections.shuffle(villages, random);
            villages.stream().limit(16).forEach(v -> add(Operation.TREE_DETAIL, settings.admin(), adminToken,
                    "/api/v1/organizations/" + v, null));

            activityTargets(acting, townshipAdmins);
            notes.add(sessions.size() + " users logged in: " + sessions.keySet());
            for (Operation o : Operation.values()) {
                if (of(o).isEmpty()) {
                    throw new IllegalStateException("nothing found to do for " + o.label);
                }
            }
            return new Workload(targets, notes);
        }

        /** The admins of up to bench.townships townships of the page (or those named by bench.townshipAdmins), logged in. */
        private List<JsonNode> townshipAdmins(List<JsonNode> townships) {
            List<JsonNode> found = new ArrayList<>();
            List<String> named = BenchSettings.names(settings.townshipAdmins());
            if (!named.isEmpty()) {
                named.stream().map(this::login).filter(java.util.Objects::nonNull).forEach(found::add);
            } else {
                for (JsonNode t : townships) {
                    JsonNode admin = found.size() < settings.townships() ? adminOf(t.get("id").asLong()) : null;
                    if (admin != null) {
                        found.add(admin);
                    }
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("no township admin could log in (bench.townshipAdmins, bench.password)");
            }
            for (JsonNode session : found) {
                JsonNode user = session.get("user");
                add(Operation.IMPORT, user.get("username").asText(), session.get("accessToken").asText(),
                        "/api/v1/volunteer-imports?fileName=bench-roster.xlsx&confirmPossibleDuplicates=true",
                        user.get("organizationName").asText());
            }
            return found;
        }

        /** Lists and details of the register as a township admin sees them: filters, villages and pages. */
        private void volunteerTargets(JsonNode session, List<Long> villages) {
            String token = session.get("accessToken").asText();
            String actor = session.get("user").get("username").asText();
            long township = session.get("user").get("organizationId").asLong();
            List<Long> own = items(api.get("/api/v1/organizations/" + township + "/children", token)).stream()
                    .map(o -> o.get("id").asLong()).toList();
            villages.addAll(own);
            List<JsonNode> people = items(api.get("/api/v1/volunteers?size=100", token));
            people.forEach(v -> add(Operation.VOLUNTEER_DETAIL, actor, token, "/api/v1/volunteers/" + v.get("id").asLong(), null));
            for (int i = 0; i < 40; i++) {
                List<String> query = new ArrayList<>();
                String filter = FILTERS[random.nextInt(FILTERS.length)];
                if (!filter.isEmpty()) {
                    query.add(filter);
                }
                if (!own.isEmpty() && random.nextInt(3) == 0) {
                    query.add("within=" + own.get(random.nextInt(own.size())));
                }
                if (!people.isEmpty() && random.nextInt(5) == 0) {
                    query.add("q=" + encode(people.get(random.nextInt(people.size())).get("name").asText().substring(0, 1)));
                }
                query.add("page=" + PAGES[random.nextInt(PAGES.length)]);
                query.add("size=20");
                add(Operation.VOLUNTEER_LIST, actor, token, "/api/v1/volunteers?" + String.join("&", query), null);
            }
        }

        /** Group leaders with active pairs record what their pairs did; without any, the township admins do. */
        private void activityTargets(Set<Long> townships, List<JsonNode> townshipAdmins) {
            List<String> leaders = new ArrayList<>(BenchSettings.names(settings.groupLeaders()));
            if (leaders.isEmpty()) {
                for (long t : townships) {
                    items(api.get("/api/v1/users?role=GROUP_LEADER&enabled=true&size=50&organizationId=" + t, adminToken)).forEach(u -> leaders.add(u.get("username").asText()));
                }
                Collections.shuffle(leaders, random);
            }
            int withPairs = 0;
            for (String leader : leaders) {
                if (withPairs >= settings.townships() || attempts >= settings.maxLogins()) {
                    break;
                }
                JsonNode session = login(leader);
                if (session != null && pairTargets(session) > 0) {
                    withPairs++;
                }
            }
            if (withPairs == 0) {
                notes.add("no group leader (of " + leaders.size() + " found) has an active pair: the township admins "
                        + "record the activities instead");
                townshipAdmins.forEach(this::pairTargets);
            } else {
                notes.add(withPairs + " group leaders with active pairs record the activities");
            }
        }

        private int pairTargets(JsonNode session) {
            String token = session.get("accessToken").asText();
            List<JsonNode> pairs = items(api.get("/api/v1/pairs?status=ACTIVE&size=50", token));
            pairs.forEach(p -> add(Operation.RECORD_ACTIVITY, session.get("user").get("username").asText(), token,
                    "/api/v1/pairs/" + p.get("id").asLong() + "/activities", null));
            return pairs.size();
        }

        /** The size of the data as the top admin sees it before the load, counted through the API. */
        private String dataSize() {
            StringBuilder size = new StringBuilder("Data under ").append(settings.admin()).append(" before the load:");
            String[][] counts = {{"organizations", "/api/v1/organizations"}, {"volunteers", "/api/v1/volunteers"},
                    {"pairs", "/api/v1/pairs"}, {"users", "/api/v1/users"}};
            for (String[] c : counts) {
                size.append(String.format(java.util.Locale.ROOT, " %,d %s", api.get(c[1] + "?size=1", adminToken)
                        .get("total").asLong(), c[0]));
            }
            return size.toString();
        }

        /** An enabled admin bound to exactly this organization, logged in; null when none can log in. */
        private JsonNode adminOf(long organization) {
            for (JsonNode u : items(api.get("/api/v1/users?role=ORG_ADMIN&enabled=true&size=20&organizationId="
                    + organization, adminToken))) {
                if (u.get("organizationId").asLong() == organization && !u.get("mustChangePassword").asBoolean()) {
                    JsonNode session = login(u.get("username").asText());
                    if (session != null) {
                        return session;
                    }
                }
            }
            return null;
        }

        private JsonNode login(String username) {
            if (sessions.containsKey(username)) {
                return sessions.get(username);
            }
            if (attempts >= settings.maxLogins()) {
                return null;
            }
            attempts++;
            try {
                JsonNode session = api.login(username, settings.password());
                if (session.get("user").path("mustChangePassword").asBoolean()) {
                    notes.add(username + " must change the password first: left out");
                    return null;
                }
                sessions.put(username, session);
                return session;
            } catch (IllegalStateException e) {
                notes.add("cannot log in as " + username + ": " + e.getMessage());
                return null;
            }
        }

        private void add(Operation operation, String actor, String token, String path, String organization) {
            targets.computeIfAbsent(operation, o -> new ArrayList<>()).add(new Target(actor, token, path, organization));
        }

        private List<Target> of(Operation operation) {
            return targets.getOrDefault(operation, List.of());
        }
    }

    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        (node.has("items") ? node.get("items") : node).forEach(list::add);
        return list;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
