package cn.xinhuo.stats;

import cn.xinhuo.leadership.dto.LeadershipSummary;
import cn.xinhuo.security.CurrentCaller;
import cn.xinhuo.security.Scope;
import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.Rosters;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups the triggers keep give the dashboard exactly what counting the records gives, after a seeded
 * random run of the writes that move its figures — registering (backdated joins, 29 February birthdays),
 * status changes dated in the past, editing and moving people, moving organizations, a township becoming a
 * committee, deleting, a roster import, pairs with their lifecycle and activities, honours and media coverage,
 * teams with members joining and leaving, edited, moved and deleted; and the organizations' figures (the 五好
 * campaign's enrolments and award events, spot checks, 党建带关工 results, a branch's type and status changing) —
 * and a rebuild from scratch equals what the triggers kept.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class RollupsAgreeWithARecountTest {

    private static final long SEED = 20_160_630L;
    private static final String[] VOLUNTEER_STATUSES = {"ACTIVE", "MOVED_TO_TOWN", "ACCOMPANYING_STUDY", "WORKING_AWAY", "WITHDRAWN", "DECEASED"};
    private static final String[] CATEGORIES = {"VETERAN_CADRE", "VETERAN_SOLDIER", "VETERAN_EXPERT", "VETERAN_TEACHER", "VETERAN_MODEL", "OTHER"};
    private static final String[] PAIR_TYPES = {"AGRICULTURAL_GUIDANCE", "LEFT_BEHIND_CARE", "POVERTY_RELIEF", "STUDY_HELP", "MORAL_GUIDANCE"};
    private static final String[] HONOUR_LEVELS = {"NATIONAL", "PROVINCIAL", "PREFECTURE", "CITY_PARTY_GOVERNMENT", "CITY_COMMITTEE", "TOWNSHIP"};
    private static final String[] PAIR_STEPS = {"PAUSED", "ACTIVE", "COMPLETED", "ENDED"};
    /** A record ({@code %s}) of an organization in the subtree of the organization bound to the {@code ?}. */
    private static final String IN_PROVINCE = " join organization o on o.id = %s.organization_id"
            + " where o.path <@ (select r.path from organization r where r.id = ?)";
    private static final String[] TEAM_TYPES = {"CARE", "LECTURE", "ART", "OTHER"};

    @Inject
    StatsRollups rollups;
    @Inject
    StatsService service;
    @Inject
    StatsRepository repository;
    @Inject
    CurrentCaller caller;
    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(SEED);
    /** The organizations' records draw apart, so the people's writes stay the run they were before V22. */
    private final Random records = new Random(SEED + 1);
    private RequestSpecification admin;
    private final Map<Long, Map<String, Object>> people = new LinkedHashMap<>();
    private final List<Long> pairs = new ArrayList<>();
    /** Team id → its members' ids (membership rows). */
    private final Map<Long, List<Long>> teams = new LinkedHashMap<>();
    private long province;
    private final List<Long> cities = new ArrayList<>();
    private final List<Long> townships = new ArrayList<>();
    private final List<Long> villages = new ArrayList<>();
    private final Map<String, Integer> done = new HashMap<>();
    /** Score sheets of each kind and the 五好 plans, written by hand as the organizations' records are. */
    private long fiveGoodTemplate;
    private long partyTemplate;
    private final List<Long> campaigns = new ArrayList<>();

    @BeforeEach
    void aProvinceOfItsOwn() {
        RestAssured.requestSpecification = null;
        province = Fixtures.organization("汇总省", "CITY_COMMITTEE", null);
        for (int c = 0; c < 2; c++) {
            cities.add(Fixtures.organization("汇总市", "CITY_COMMITTEE", province));
        }
        for (int t = 0; t < 3; t++) {
            townships.add(Fixtures.organization("汇总乡", "TOWNSHIP_COMMITTEE", cities.get(t % 2)));
        }
        for (int v = 0; v < 5; v++) {
            villages.add(Fixtures.organization("汇总村", "VILLAGE_GROUP", townships.get(v % 3)));
        }
        admin = Auth.as(Auth.newUser(province, "ORG_ADMIN"));
        fiveGoodTemplate = template("FIVE_GOOD");
        partyTemplate = template("PARTY_BUILDING");
        for (int c = 0; c < 3; c++) {
            campaigns.add(Database.count("insert into campaign (organization_id, name, start_year, end_year)"
                    + " values (?, ?, ?, ?) returning id", province, Fixtures.unique("汇总规划"), 2014 + 3 * c, 2016 + 3 * c));
        }
    }

    private long template(String kind) {
        return Database.count("insert into assessment_template (organization_id, kind, name, criteria, pass_total)"
                + " values (?, ?, ?, '[]', 80) returning id", province, kind, Fixtures.unique("汇总评分表"));
    }

    @Test
    void aRandomRunOfWritesLeavesTheRollupsEqualToTheRecount() throws SQLException {
        for (int i = 0; i < 40; i++) {
            register();
            organizationRecord();
        }
        // at least one 党建 result in a year compared, whatever the draws
        Database.update("insert into evaluation (organization_id, template_id, kind, evaluated_on, total, passed, status)"
                + " values (?, ?, 'YEAR_END_OVERALL', ?, 80, true, 'CONFIRMED')", villages.get(1), partyTemplate,
                LocalDate.now().withDayOfYear(1));
        for (int step = 0; step < 160; step++) {
            switch (random.nextInt(10)) {
                case 0, 1 -> register();
                case 2, 3 -> changeStatus();
                case 4 -> editOrMove();
                case 5 -> pair();
                case 6 -> pairStep();
                case 7 -> {
                    activity();
                    honour();
                    for (int t = 0; t < 3; t++) {
                        team();
                    }
                    for (int o = 0; o < 4; o++) {
                        organizationRecord();
                    }
                }
                case 8 -> moveOrganization();
                default -> delete();
            }
            if (step == 80) {
                importRoster();
                if (!teams.isEmpty()) {
                    deleteTeam(teams.keySet().iterator().next());
                }
                // a village group becomes a township, with rollups of its own (by hand: the API keeps types)
                Database.update("update organization set type = 'TOWNSHIP_COMMITTEE' where id = ?", villages.get(0));
            }
        }
        System.out.println("ROLLUP writes " + done);
        assertThat(done).containsKeys("register", "status", "move-volunteer", "move-organization", "delete", "import", "pair",
                "pair-step", "activity", "honour", "coverage", "team", "team-join", "team-leave", "team-edit", "team-delete",
                "evaluation", "evaluation-edit", "evaluation-delete", "award", "award-delete", "planned", "enrolled",
                "enrolment-delete", "branch-change", "appointment", "attendance", "training-edit", "attendance-delete",
                "appointment-end");

        assertAgreement();
        Database.count("select stats_rollup_compact()");
        assertThat(Database.count("select count(*) from stats_rollup_pending")).isZero();
        assertAgreement();
    }

    @Test
    void aRebuildFromScratchEqualsTheRollupsTheTriggersKept() throws SQLException {
        for (int i = 0; i < 20; i++) {
            register();
            changeStatus();
            pair();
            activity();
            honour();
            team();
            organizationRecord();
            organizationRecord();
        }
        // people registered at the top itself: the rebuild reads a top's own records apart from its children's subtrees
        for (int i = 0; i < 3; i++) {
            register(province);
        }
        assertThat(Database.count("select count(*) from volunteer where organization_id = ?", province)).isEqualTo(3);
        moveOrganization();
        // the whole database: every test class's writes before this one went through the triggers too
        String kept = everyRollup();
        assertThat(Database.count("select stats_rollup_rebuild()")).isPositive();
        assertThat(everyRollup()).isEqualTo(kept);
    }

    @Test
    void theDemoCityAndATownshipAgreeWithTheirRecountForEveryNamedPeriod() {
        long city = Database.count("select id from organization where name = '五大连池市关工委'");
        long township = Database.count("select id from organization where name = '兴安乡关工委'");
        for (long organization : List.of(city, township)) {
            for (String name : List.of("2015", "2015-H2", "2016", "2016-H1", "2016-Q2", "2016-Q3", "2017-Q1", LocalDate.now().getYear() + "")) {
                Period period = Period.named(name);
                assertThat(read(organization, period)).as("%d in %s", organization, name).isEqualTo(recount(organization, period));
            }
        }
        // the township's rollups are its own, not empty
        assertThat(read(township, Period.named("2016")).register().get("residence")).isNotEmpty();
    }

    private void assertAgreement() {
        List<Long> organizations = new ArrayList<>(List.of(province));
        organizations.addAll(cities);
        organizations.addAll(townships);
        organizations.add(villages.get(0));
        int year = LocalDate.now().getYear();
        List<String> periods = List.of("2012", "2016-H1", "2016-Q4", "2019", "2020-H2", "2023-Q1", year - 1 + "-H2", year + "",
                year + "-Q" + ((LocalDate.now().getMonthValue() - 1) / 3 + 1), year + 4 + "", "2041-H1");
        int compared = 0;
        long partyResults = 0;
        long leadership = 0;
        long spotChecks = 0;
        for (long organization : organizations) {
            for (String name : periods) {
                Period period = Period.named(name);
                StatsRollups.Figures counted = recount(organization, period);
                assertThat(read(organization, period)).as("organization %d, %s", organization, name).isEqualTo(counted);
                compared++;
                partyResults += counted.party().yearEndAssessed() + counted.party().halfYearAssessed();
                spotChecks += counted.fiveGood().spotChecks();
                leadership += counted.leadership().trained() + counted.leadership().byRole().stream()
                        .mapToLong(LeadershipSummary.ByRole::ended).sum();
            }
        }
        // the drill-down: the cities' and the townships' register, pairs and activities from their rollups, as counted
        List<Long> parents = new ArrayList<>(List.of(province));
        parents.addAll(cities);
        for (long parent : parents) {
            for (String name : periods) {
                Period period = Period.named(name);
                List<List<Long>> counted = QuarkusTransaction.requiringNew().call(() -> repository.children(parent, period.from(),
                        period.to(), Scope.EVERYTHING, false)).stream()
                        .map(r -> java.util.Arrays.stream(r).map(x -> ((Number) x).longValue()).toList()).toList();
                List<Map<String, Object>> read = given().spec(admin).queryParam("orgId", parent).queryParam("period", name)
                        .get("/api/v1/stats/children").then().statusCode(200).extract().jsonPath().getList("children");
                assertThat(read.stream().map(c -> java.util.stream.Stream.of("organizationId", "volunteers", "activeVolunteers",
                        "teams", "activePairs", "activities", "fiveGoodHolders").map(k -> ((Number) c.get(k)).longValue()).toList())
                        .toList()).as("children of %d in %s", parent, name).isEqualTo(counted);
            }
        }
        // the figures are not all empty: the run wrote something to compare
        StatsRollups.Figures now = read(province, Period.named(year + ""));
        assertThat(now.register().get("residence")).isNotEmpty();
        assertThat(now.pairs().get("status")).isNotEmpty();
        assertThat(now.teams().members()).isPositive();
        assertThat(now.fiveGood().rates().rows()).isNotEmpty();
        assertThat(now.party().branches()).isPositive();
        assertThat(partyResults).isPositive();
        assertThat(spotChecks).isPositive();
        assertThat(leadership).isPositive();
        assertThat(compared).isEqualTo(organizations.size() * periods.size());
    }

    private StatsRollups.Figures read(long organization, Period period) {
        return QuarkusTransaction.requiringNew().call(() -> rollups.read(organization, period));
    }

    /** Counted as the system (HonorService.summary reads the caller's scope), in a request context of its own. */
    private StatsRollups.Figures recount(long organization, Period period) {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            caller.actAsSystem();
            return QuarkusTransaction.requiringNew().call(() -> service.count(organization, period, Scope.EVERYTHING));
        } finally {
            context.terminate();
        }
    }

    /** Every rollup row (folded and pending together), as text. */
    private String everyRollup() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select organization_id, figure, value, month, sum(count), sum(amount) from"
                     + " (select * from stats_rollup union all select * from stats_rollup_pending) r group by 1, 2, 3, 4"
                     + " having sum(count) <> 0 or sum(amount) <> 0 order by 1, 2, 3, 4")) {
            while (rs.next()) {
                all.append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append(' ')
                        .append(rs.getDate(4)).append(' ').append(rs.getLong(5)).append(' ').append(rs.getBigDecimal(6)).append('\n');
            }
        }
        return all.toString();
    }

    // the writes

    private LocalDate dayBetween(LocalDate from, LocalDate to) {
        return dayBetween(random, from, to);
    }

    private static LocalDate dayBetween(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) Math.max(1, to.toEpochDay() - from.toEpochDay() + 1)));
    }

    private void register() {
        register(null);
    }

    /** At the organization given, or (null) at a township or village picked after the birth date, as the seeded runs were written. */
    private void register(Long organization) {
        LocalDate birth = random.nextInt(8) == 0 ? LocalDate.of(1948 + 4 * random.nextInt(3), 2, 29)
                : dayBetween(LocalDate.of(1930, 1, 1), LocalDate.of(1962, 12, 31));
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organization != null ? organization : random.nextInt(4) == 0
                ? townships.get(random.nextInt(townships.size())) : villages.get(random.nextInt(villages.size())));
        body.put("name", Fixtures.unique("汇总"));
        body.put("gender", random.nextBoolean() ? "MALE" : "FEMALE");
        body.put("birthDate", birth.toString());
        body.put("residence", random.nextInt(3) == 0 ? "URBAN" : "RURAL");
        body.put("categories", random.nextInt(4) == 0 ? List.of(CATEGORIES[random.nextInt(3)], CATEGORIES[3 + random.nextInt(3)])
                : List.of(CATEGORIES[random.nextInt(CATEGORIES.length)]));
        // a join years back, or none (then the register counts it from the day it was recorded)
        LocalDate earliest = birth.plusYears(60).isAfter(LocalDate.of(2008, 1, 1)) ? birth.plusYears(60) : LocalDate.of(2008, 1, 1);
        if (random.nextInt(6) > 0 && earliest.isBefore(LocalDate.now())) {
            body.put("joinedOn", dayBetween(earliest, LocalDate.now()).toString());
        }
        body.put("confirmPossibleDuplicate", true);
        body.put("eligibilityOverrideReason", "测试");
        Response created = given().spec(admin).contentType(ContentType.JSON).body(body).post("/api/v1/volunteers");
        if (created.statusCode() == 201) {
            people.put(created.jsonPath().getLong("id"), body);
            count("register");
        } else {
            System.out.println("ROLLUP register refused: " + created.asString());
        }
    }

    private Long anyone() {
        if (people.isEmpty()) {
            return null;
        }
        List<Long> ids = new ArrayList<>(people.keySet());
        return ids.get(random.nextInt(ids.size()));
    }

    private void changeStatus() {
        Long id = anyone();
        if (id == null) {
            return;
        }
        Response current = given().spec(admin).get("/api/v1/volunteers/{id}", id);
        Object joined = people.get(id).get("joinedOn");
        LocalDate from = joined == null ? LocalDate.now().minusDays(3) : LocalDate.parse((String) joined);
        Map<String, Object> change = Map.of("status", VOLUNTEER_STATUSES[random.nextInt(VOLUNTEER_STATUSES.length)],
                "changedOn", dayBetween(from, LocalDate.now()).toString(), "reason", "测试");
        Response changed = given().spec(admin).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(change)
                .post("/api/v1/volunteers/{id}/status-changes", id);
        if (changed.statusCode() == 200) {
            count("status");
        }
    }

    private void editOrMove() {
        Long id = anyone();
        if (id == null) {
            return;
        }
        Map<String, Object> body = new HashMap<>(people.get(id));
        Object place = body.get("organizationId");
        switch (random.nextInt(4)) {
            case 0 -> body.put("gender", "MALE".equals(body.get("gender")) ? "FEMALE" : "MALE");
            case 1 -> body.put("residence", "RURAL".equals(body.get("residence")) ? "URBAN" : "RURAL");
            case 2 -> body.put("categories", List.of(CATEGORIES[random.nextInt(CATEGORIES.length)]));
            default -> body.put("organizationId", villages.get(random.nextInt(villages.size())));
        }
        Response current = given().spec(admin).get("/api/v1/volunteers/{id}", id);
        Response updated = given().spec(admin).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                .put("/api/v1/volunteers/{id}", id);
        if (updated.statusCode() == 200) {
            people.put(id, body);
            count(body.get("organizationId").equals(place) ? "edit" : "move-volunteer");
        } else {
            System.out.println("ROLLUP edit refused: " + updated.asString());
        }
    }

    private void moveOrganization() {
        boolean township = random.nextBoolean();
        long moved = township ? townships.get(1 + random.nextInt(townships.size() - 1)) : villages.get(random.nextInt(villages.size()));
        long parent = township ? cities.get(random.nextInt(cities.size())) : townships.get(random.nextInt(townships.size()));
        Response current = given().spec(Auth.as(Auth.root())).get("/api/v1/organizations/{id}", moved);
        Response done = given().spec(Auth.as(Auth.root())).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(Map.of("parentId", parent)).post("/api/v1/organizations/{id}/move", moved);
        if (done.statusCode() == 200) {
            count("move-organization");
        } else {
            System.out.println("ROLLUP move refused: " + done.asString());
        }
    }

    /** There is no deleting a 五老 in the API; the database's own triggers keep a delete by hand right too. */
    private void delete() {
        Long id = anyone();
        if (id == null || Database.count("select count(*) from pair where volunteer_id = ?", id) > 0
                || Database.count("select count(*) from team where leader_id = ?", id) > 0) {
            return;
        }
        Database.update("delete from team_member where volunteer_id = ?", id);
        Database.update("delete from honor where volunteer_id = ?", id);
        Database.update("delete from media_coverage where volunteer_id = ?", id);
        Database.update("delete from volunteer_status_change where volunteer_id = ?", id);
        Database.update("delete from volunteer where id = ?", id);
        people.remove(id);
        count("delete");
    }

    private void importRoster() {
        String villageName = given().spec(admin).get("/api/v1/organizations/{id}", villages.get(0)).jsonPath().getString("name");
        long before = Database.count("select count(*) from volunteer where organization_id = ?", villages.get(0));
        byte[] roster = Rosters.workbook(Rosters.people(6, villageName, SEED));
        long id = given().spec(admin).contentType(Rosters.MEDIA_TYPE).body(roster).queryParam("fileName", "名册.xlsx")
                .post("/api/v1/volunteer-imports").then().statusCode(202).extract().jsonPath().getLong("id");
        var report = Rosters.finished(admin, id);
        System.out.println("ROLLUP import " + report.getString("status"));
        if (Database.count("select count(*) from volunteer where organization_id = ?", villages.get(0)) > before) {
            count("import");
        }
    }

    private void pair() {
        Long id = anyone();
        if (id == null) {
            return;
        }
        long village = villages.get(random.nextInt(villages.size()));
        Map<String, Object> farmer = new HashMap<>(Map.of("organizationId", village, "name", Fixtures.unique("青年"),
                "gender", "MALE", "birthDate", "1990-05-01", "category", "YOUNG_FARMER", "situation", "缺少种植技术"));
        Response beneficiary = given().spec(admin).contentType(ContentType.JSON).body(farmer).post("/api/v1/beneficiaries");
        if (beneficiary.statusCode() != 201) {
            System.out.println("ROLLUP beneficiary refused: " + beneficiary.asString());
            return;
        }
        Response pair = given().spec(admin).contentType(ContentType.JSON)
                .body(Map.of("volunteerId", id, "beneficiaryId", beneficiary.jsonPath().getLong("id"),
                        "type", PAIR_TYPES[random.nextInt(PAIR_TYPES.length)],
                        "startedOn", dayBetween(LocalDate.of(2014, 1, 1), LocalDate.now()).toString(),
                        "status", random.nextInt(4) == 0 ? "PROPOSED" : "ACTIVE"))
                .post("/api/v1/pairs");
        if (pair.statusCode() == 201) {
            pairs.add(pair.jsonPath().getLong("id"));
            count("pair");
        } else {
            System.out.println("ROLLUP pair refused: " + pair.asString());
        }
    }

    private void pairStep() {
        if (pairs.isEmpty()) {
            return;
        }
        long id = pairs.get(random.nextInt(pairs.size()));
        Response current = given().spec(admin).get("/api/v1/pairs/{id}", id);
        LocalDate started = LocalDate.parse(current.jsonPath().getString("startedOn"));
        Map<String, Object> step = new HashMap<>(Map.of("status", PAIR_STEPS[random.nextInt(PAIR_STEPS.length)],
                "on", dayBetween(started, LocalDate.now()).toString(), "reason", "测试"));
        if ("COMPLETED".equals(step.get("status"))) {
            step.put("outcomes", List.of());
        }
        Response changed = given().spec(admin).contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(step)
                .post("/api/v1/pairs/{id}/transitions", id);
        if (changed.statusCode() == 200) {
            count("pair-step");
        }
    }

    private void activity() {
        if (pairs.isEmpty()) {
            return;
        }
        long id = pairs.get(random.nextInt(pairs.size()));
        LocalDate started = LocalDate.parse(given().spec(admin).get("/api/v1/pairs/{id}", id).jsonPath().getString("startedOn"));
        Response recorded = given().spec(admin).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("occurredOn", dayBetween(started, LocalDate.now()).toString(), "kind", "HOME_VISIT",
                        "hours", 0.25 * (1 + random.nextInt(24))))
                .post("/api/v1/pairs/{id}/activities", id);
        if (recorded.statusCode() == 201) {
            count("activity");
        }
    }

    /** An honour at any level, or a media coverage, dated in the past. */
    private void honour() {
        Long id = anyone();
        if (id == null) {
            return;
        }
        String day = dayBetween(LocalDate.of(2010, 1, 1), LocalDate.now()).toString();
        boolean coverage = random.nextInt(3) == 0;
        Response written = coverage
                ? given().spec(admin).contentType(ContentType.JSON)
                        .body(Map.of("volunteerId", id, "outlet", "黑河日报", "coveredOn", day, "title", "老有所为"))
                        .post("/api/v1/honors/media-coverage")
                : given().spec(admin).contentType(ContentType.JSON)
                        .body(Map.of("volunteerId", id, "level", HONOUR_LEVELS[random.nextInt(HONOUR_LEVELS.length)], "title", "优秀五老",
                                "awardedOn", day))
                        .post("/api/v1/honors");
        if (written.statusCode() == 201) {
            count(coverage ? "coverage" : "honour");
        } else {
            System.out.println("ROLLUP honour refused: " + written.asString());
        }
    }

    /**
     * A team (established years back, or undated: then from the day it was recorded), a member joining it on a
     * past day, a member leaving on a past day, an edit of its type, establishment or place, or a delete by hand.
     */
    private void team() {
        int step = teams.isEmpty() ? 0 : random.nextInt(8);
        if (step == 0) {
            Response created = given().spec(admin).contentType(ContentType.JSON).body(teamForm()).post("/api/v1/teams");
            if (created.statusCode() == 201) {
                teams.put(created.jsonPath().getLong("id"), new ArrayList<>());
                count("team");
            } else {
                System.out.println("ROLLUP team refused: " + created.asString());
            }
            return;
        }
        List<Long> ids = new ArrayList<>(teams.keySet());
        long team = ids.get(random.nextInt(ids.size()));
        if (step <= 4) {
            Long person = anyone();
            if (person == null) {
                return;
            }
            Response joined = given().spec(admin).contentType(ContentType.JSON)
                    .body(Map.of("volunteerId", person, "joinedOn", dayBetween(LocalDate.of(2006, 1, 1), LocalDate.now()).toString()))
                    .post("/api/v1/teams/{id}/members", team);
            if (joined.statusCode() == 201) {
                teams.get(team).add(joined.jsonPath().getLong("id"));
                count("team-join");
            }
        } else if (step <= 6) {
            List<Long> members = teams.get(team);
            if (members.isEmpty()) {
                return;
            }
            long member = members.get(random.nextInt(members.size()));
            LocalDate joinedOn = LocalDate.ofEpochDay(Database.count("select joined_on - date '1970-01-01' from team_member where id = ?", member));
            Response left = given().spec(admin).contentType(ContentType.JSON)
                    .body(Map.of("leftOn", dayBetween(joinedOn, LocalDate.now()).toString()))
                    .post("/api/v1/teams/{id}/members/{memberId}/leave", team, member);
            if (left.statusCode() == 200) {
                count("team-leave");
            }
        } else if (random.nextInt(4) > 0) {
            Response current = given().spec(admin).get("/api/v1/teams/{id}", team);
            Response updated = given().spec(admin).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                    .body(teamForm()).put("/api/v1/teams/{id}", team);
            if (updated.statusCode() == 200) {
                count("team-edit");
            } else {
                System.out.println("ROLLUP team edit refused: " + updated.asString());
            }
        } else {
            deleteTeam(team);
        }
    }

    /** There is no deleting a team in the API: by hand, its memberships first. */
    private void deleteTeam(long team) {
        Database.update("delete from team_member where team_id = ?", team);
        Database.update("delete from team where id = ?", team);
        teams.remove(team);
        count("team-delete");
    }

    private Map<String, Object> teamForm() {
        List<Long> places = new ArrayList<>(List.of(province));
        places.addAll(cities);
        places.addAll(townships);
        places.addAll(villages);
        Map<String, Object> form = new HashMap<>(Map.of("organizationId", places.get(random.nextInt(places.size())),
                "type", TEAM_TYPES[random.nextInt(TEAM_TYPES.length)], "name", Fixtures.unique("汇总团")));
        if (random.nextInt(5) > 0) {
            form.put("establishedOn", dayBetween(LocalDate.of(2008, 1, 1), LocalDate.now()).toString());
        }
        return form;
    }

    /**
     * One write to an organization's own records, by hand (the triggers keep every write path): an evaluation of
     * either score sheet in any kind and state, edited or deleted; an award, warning or revocation, or its delete;
     * a plan listing the organization, its enrolment (once), or the listing's delete; a branch changing type or
     * being dissolved and restored.
     */
    private void organizationRecord() {
        List<Long> places = new ArrayList<>(villages);
        places.addAll(townships);
        places.add(cities.get(records.nextInt(cities.size())));
        long place = places.get(records.nextInt(places.size()));
        LocalDate day = dayBetween(records, LocalDate.of(2012, 1, 1), LocalDate.now());
        switch (records.nextInt(14)) {
            case 0, 1 -> {
                evaluation(place, day, new String[] {"DRAFT", "SUBMITTED", "CONFIRMED"}[records.nextInt(3)]);
                count("evaluation");
            }
            case 2 -> count(Database.update("update evaluation set status = ?, passed = not passed, evaluated_on = ? where id ="
                    + " (select e.id from evaluation e" + IN_PROVINCE.formatted("e") + " order by e.id desc offset ? limit 1)",
                    new String[] {"SUBMITTED", "CONFIRMED"}[records.nextInt(2)], day, province, records.nextInt(5)) > 0
                    ? "evaluation-edit" : "none");
            case 3 -> count(Database.update("delete from evaluation where id = (select e.id from evaluation e" + IN_PROVINCE.formatted("e")
                    + " and not exists (select 1 from award_event a where a.evaluation_id = e.id) order by e.id desc limit 1)",
                    province) > 0 ? "evaluation-delete" : "none");
            case 4, 5 -> {
                long evaluation = evaluation(place, day, "CONFIRMED");
                Database.update("insert into award_event (organization_id, kind, occurred_on, decided_by, evaluation_id)"
                        + " values (?, ?, ?, '汇总', ?)", place, new String[] {"AWARDED", "AWARDED", "WARNED", "REVOKED"}[records.nextInt(4)],
                        dayBetween(records, day, LocalDate.now()), evaluation);
                count("award");
            }
            case 6 -> count(Database.update("delete from award_event where id = (select a.id from award_event a" + IN_PROVINCE.formatted("a")
                    + " order by a.id desc offset ? limit 1)", province, records.nextInt(3)) > 0 ? "award-delete" : "none");
            case 7 -> count(Database.update("insert into campaign_enrolment (campaign_id, organization_id, plan_year, status)"
                    + " values (?, ?, ?, 'PLANNED') on conflict do nothing", campaigns.get(records.nextInt(campaigns.size())), place,
                    2014 + records.nextInt(16)) > 0 ? "planned" : "none");
            case 8 -> {
                boolean delisted = records.nextInt(4) == 0;
                long written = delisted
                        ? Database.update("delete from campaign_enrolment where id = (select e.id from campaign_enrolment e"
                                + IN_PROVINCE.formatted("e") + " order by e.id desc limit 1)", province)
                        : Database.update("update campaign_enrolment set status = 'ENROLLED', enrolled_on = ? where id = (select e.id"
                                + " from campaign_enrolment e" + IN_PROVINCE.formatted("e") + " and e.status = 'PLANNED'"
                                + " and not exists (select 1 from campaign_enrolment x where x.organization_id = e.organization_id"
                                + " and x.status = 'ENROLLED') order by e.id desc limit 1)", day, province);
                count(written == 0 ? "none" : delisted ? "enrolment-delete" : "enrolled");
            }
            case 10, 11 -> {
                Database.update("insert into appointment (organization_id, person_name, role, started_on, ended_on)"
                        + " values (?, '汇总', ?, ?, ?)",
                        place, new String[] {"DIRECTOR", "DEPUTY_DIRECTOR", "LEADER", "MEMBER"}[records.nextInt(4)], day,
                        records.nextBoolean() ? null : dayBetween(records, day, LocalDate.now()));
                count("appointment");
            }
            case 12 -> {
                long training = Database.count("insert into training (organization_id, held_on, title, format)"
                        + " values (?, ?, '汇总培训', 'CLASS') returning id", province, day);
                count(Database.update("insert into training_attendance (training_id, appointment_id) select ?, a.id from appointment a"
                        + IN_PROVINCE.formatted("a") + " order by a.id desc offset ? limit 2", training, province, records.nextInt(4)) > 0
                        ? "attendance" : "none");
            }
            case 13 -> {
                int change = records.nextInt(3);
                long written = switch (change) {
                    case 0 -> Database.update("update training set held_on = ? where id = (select t.id from training t"
                            + IN_PROVINCE.formatted("t") + " order by t.id desc offset ? limit 1)", day, province, records.nextInt(3));
                    case 1 -> Database.update("delete from training_attendance where id = (select ta.id from training_attendance ta"
                            + " join appointment a on a.id = ta.appointment_id" + IN_PROVINCE.formatted("a") + " order by ta.id desc limit 1)",
                            province);
                    default -> Database.update("update appointment set ended_on = greatest(started_on, ?) where id = (select a.id"
                            + " from appointment a" + IN_PROVINCE.formatted("a") + " order by a.id desc offset ? limit 1)", day, province,
                            records.nextInt(3));
                };
                count(written == 0 ? "none" : new String[] {"training-edit", "attendance-delete", "appointment-end"}[change]);
            }
            default -> {
                long village = villages.get(records.nextInt(villages.size()));
                if (records.nextBoolean()) {
                    Database.update("update organization set type = case when type = 'VILLAGE_GROUP' then 'COMMUNITY_GROUP'"
                            + " else 'VILLAGE_GROUP' end where id = ?", village);
                } else {
                    Database.update("update organization set status = case when status = 'ACTIVE' then 'DISSOLVED' else 'ACTIVE' end"
                            + " where id = ?", village);
                }
                count("branch-change");
            }
        }
    }

    /** An evaluation of a kind and score sheet drawn at random; its id. */
    private long evaluation(long place, LocalDate day, String status) {
        String kind = new String[] {"SELF_CHECK", "SPOT_CHECK", "SPOT_CHECK", "RECHECK", "HALF_YEAR_PRELIMINARY",
                "YEAR_END_OVERALL"}[records.nextInt(6)];
        return Database.count("insert into evaluation (organization_id, template_id, kind, evaluated_on, total, passed, status)"
                + " values (?, ?, ?, ?, 80, ?, ?) returning id", place, records.nextBoolean() ? partyTemplate : fiveGoodTemplate, kind, day,
                records.nextBoolean(), status);
    }

    private void count(String write) {
        done.merge(write, 1, Integer::sum);
    }
}
