package cn.xinhuo.bench;

import cn.xinhuo.beneficiary.ChildProtectionPolicy;
import cn.xinhuo.organization.OrganizationHierarchyPolicy;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.privacy.PersonalDataCipher;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.volunteer.IdCardNumber;
import cn.xinhuo.volunteer.NameInitials;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data generator at its tiny scale, each run into a fresh database of its own on the test
 * server (migrated by the generator with Flyway), never the shared test database: the counts the
 * scale defines, the rules the application relies on, and the same data again from the same seed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DataGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Map<String, Map<String, Long>> GENERATED = new ConcurrentHashMap<>();
    private static final List<String> CREATED = new ArrayList<>();
    private static String serverUrl;
    private static String serverUser;
    private static String serverPassword;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;
    @ConfigProperty(name = "xinhuo.privacy.key")
    String privacyKey;
    @Inject
    PersonalDataCipher cipher;

    @Test
    void theTinyScaleHasTheCountsItDefines() throws SQLException {
        String sharedBefore = Database.fingerprint();
        Map<String, Long> written = generated("xinhuo_gen_a", 1);
        try (Connection c = connect("xinhuo_gen_a")) {
            Map<String, Long> counted = new LinkedHashMap<>();
            for (String table : DataGenerator.TABLES) {
                counted.put(table, count(c, "select count(*) from " + table));
            }
            assertThat(counted).isEqualTo(written);
            assertThat(counted).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
            Scale tiny = Scale.TINY;
            assertThat(counted).containsEntry("organization", (long) tiny.organizations()).containsEntry("organization", 50L)
                    .containsEntry("volunteer", tiny.volunteers()).containsEntry("beneficiary", (long) tiny.beneficiaries())
                    .containsEntry("pair", (long) tiny.beneficiaries()).containsEntry("activity", tiny.activities())
                    .containsEntry("app_user", (long) tiny.users());
            // five levels: province, 地市, county, township, groups
            assertThat(count(c, "select max(nlevel(path)) from organization")).isEqualTo(5);
            assertThat(count(c, "select count(*) from organization where type = 'CITY_COMMITTEE'"))
                    .isEqualTo(1 + tiny.prefectures() + tiny.counties());
            assertThat(count(c, "select count(*) from organization where type = 'VILLAGE_GROUP'")).isEqualTo(tiny.villages());
        }
        // the generator kept to its own database
        assertThat(Database.fingerprint()).isEqualTo(sharedBefore);
    }

    @Test
    void everyOrganizationPathFollowsItsParentChainAndEveryTypeFitsItsParent() throws SQLException {
        generated("xinhuo_gen_a", 1);
        try (Connection c = connect("xinhuo_gen_a"); Statement s = c.createStatement()) {
            assertThat(count(c, """
                    with recursive chain(id, path) as (
                        select id, id::text from organization where parent_id is null
                        union all select o.id, chain.path || '.' || o.id from organization o join chain on o.parent_id = chain.id)
                    select count(*) from organization o join chain using (id) where o.path::text = chain.path""")).isEqualTo(50);
            try (var rs = s.executeQuery("select o.type, p.type from organization o left join organization p on p.id = o.parent_id")) {
                while (rs.next()) {
                    OrganizationType child = OrganizationType.valueOf(rs.getString(1));
                    String parent = rs.getString(2);
                    assertThat(parent == null ? OrganizationHierarchyPolicy.mayBeRoot(child)
                            : OrganizationHierarchyPolicy.mayContain(OrganizationType.valueOf(parent), child))
                            .as(child + " under " + parent).isTrue();
                }
            }
        }
    }

    @Test
    void theApplicationCanGoOnWritingAfterTheGeneratedIds() throws SQLException {
        generated("xinhuo_gen_a", 1);
        try (Connection c = connect("xinhuo_gen_a"); Statement s = c.createStatement()) {
            for (String table : DataGenerator.TABLES) {
                if (table.equals("research_visit_place")) {
                    continue;
                }
                try (var rs = s.executeQuery("select (select max(id) from " + table + "),"
                        + " nextval(pg_get_serial_sequence('" + table + "', 'id')),"
                        + " (select increment_by from pg_sequences where (schemaname || '.' || sequencename)::regclass"
                        + " = pg_get_serial_sequence('" + table + "', 'id')::regclass)")) {
                    rs.next();
                    // the next id, or with blocks of 50 (Hibernate's pooled ids) the next block's first, is past the largest
                    assertThat(rs.getLong(2) - rs.getLong(3) + 1).as(table).isGreaterThan(rs.getLong(1));
                }
            }
        }
    }

    @Tag("P3")
    @Tag("P1")
    @Test
    void theRecordsKeepTheRulesOfThePeopleAndTheirNumbers() throws SQLException {
        generated("xinhuo_gen_a", 1);
        try (Connection c = connect("xinhuo_gen_a"); Statement s = c.createStatement()) {
            // a status is the latest of its history; below-age people were never registered
            assertThat(count(c, "select count(*) from volunteer v where v.status <> (select h.status from volunteer_status_change h"
                    + " where h.volunteer_id = v.id order by h.changed_on desc, h.id desc limit 1)")).isZero();
            assertThat(count(c, "select count(*) from volunteer v join eligibility_rule r on r.residence = v.residence"
                    + " and r.gender = v.gender where extract(year from age(v.joined_on, v.birth_date)) < r.min_age")).isZero();
            // ID card numbers: well formed, agreeing with birth and gender, region 9xxxxx, readable with the application's key
            try (var rs = s.executeQuery("select id_card_cipher, id_card_hash, birth_date, gender, name, name_initials from volunteer")) {
                int numbers = 0;
                while (rs.next()) {
                    assertThat(rs.getString(6)).isEqualTo(NameInitials.of(rs.getString(5)));
                    if (rs.getString(1) == null) {
                        continue;
                    }
                    String number = cipher.decrypt(rs.getString(1));
                    var parsed = IdCardNumber.parse(number).orElseThrow();
                    assertThat(number).startsWith("9");
                    assertThat(parsed.birthDate()).isEqualTo(rs.getDate(3).toLocalDate());
                    assertThat(parsed.gender().name()).isEqualTo(rs.getString(4));
                    assertThat(cipher.keyedHash(number)).isEqualTo(rs.getString(2));
                    numbers++;
                }
                assertThat(numbers).isGreaterThan(300);
            }
            // children: a guardian for minors, the guardian's consent for those under 14 when registered
            try (var rs = s.executeQuery("select birth_date, created_at, guardian_name, consent_given_on from beneficiary")) {
                while (rs.next()) {
                    LocalDate born = rs.getDate(1).toLocalDate();
                    LocalDate registered = rs.getTimestamp(2).toLocalDateTime().toLocalDate();
                    if (ChildProtectionPolicy.ageOn(born, AS_OF) < ChildProtectionPolicy.ADULT_AGE) {
                        assertThat(rs.getString(3)).isNotBlank();
                    }
                    if (ChildProtectionPolicy.isProtectedChild(born, registered)) {
                        assertThat(rs.getDate(4)).isNotNull();
                        assertThat(rs.getDate(4).toLocalDate()).isBeforeOrEqualTo(registered);
                    }
                }
            }
            // activities only while their pair was active, within the year up to the as-of day
            assertThat(count(c, "select count(*) from activity a join pair p on p.id = a.pair_id where a.occurred_on < p.started_on"
                    + " or a.occurred_on > coalesce(p.closed_on, date '" + AS_OF + "') or p.status = 'PROPOSED'"
                    + " or a.occurred_on <= date '" + AS_OF + "' - 365")).isZero();
            // every title step rests on a confirmed 五好 evaluation of the same organization
            assertThat(count(c, "select count(*) from award_event a join evaluation e on e.id = a.evaluation_id"
                    + " join assessment_template t on t.id = e.template_id where e.status <> 'CONFIRMED' or t.kind <> 'FIVE_GOOD'"
                    + " or e.organization_id <> a.organization_id or (a.kind = 'AWARDED') <> e.passed")).isZero();
            // every account logs in with the documented password
            try (var rs = s.executeQuery("select distinct password_hash from app_user")) {
                rs.next();
                assertThat(BcryptUtil.matches(Accounts.PASSWORD, rs.getString(1))).isTrue();
                assertThat(rs.next()).isFalse();
            }
        }
    }

    /**
     * The loader writes with the triggers off and rebuilds the dashboard's rollups after: for the root and every
     * committee under it, on the as-of day's month end and a half-year before, they give what counting the
     * records the way StatsRepository does gives.
     */
    @Test
    void theRollupsAfterTheLoadEqualARecountOfTheRecords() throws SQLException {
        generated("xinhuo_gen_a", 1);
        try (Connection c = connect("xinhuo_gen_a"); Statement s = c.createStatement()) {
            List<Long> committees = new ArrayList<>();
            try (var rs = s.executeQuery("select id from organization where type = 'CITY_COMMITTEE' order by id")) {
                while (rs.next()) {
                    committees.add(rs.getLong(1));
                }
            }
            assertThat(committees).hasSize(1 + Scale.TINY.prefectures() + Scale.TINY.counties());
            for (long committee : committees) {
                for (LocalDate day : List.of(AS_OF, LocalDate.of(2025, 12, 31), LocalDate.of(2019, 6, 30))) {
                    assertThat(figures(c, ROLLED_UP, committee, day)).as("%d on %s", committee, day)
                            .isEqualTo(figures(c, RECOUNTED, committee, day));
                }
            }
            assertThat(String.join("\n", figures(c, ROLLED_UP, committees.get(0), AS_OF)))
                    .contains("residence RURAL ", "ageBand 70_79 ", "pairStatus ACTIVE ", "activity  ", "model TOWNSHIP ", "featured  ",
                            "team CARE ", "teamMember CARE ");
            // the organizations' figures were rebuilt too: the root's branches and seats as many as the records say
            for (String[] figure : List.of(new String[] {"branch", "select count(*) from organization where status = 'ACTIVE'"
                    + " and type in ('VILLAGE_GROUP', 'COMMUNITY_GROUP')"}, new String[] {"seat", "select count(*) from appointment"})) {
                try (var rs = s.executeQuery("select (select coalesce(sum(count), 0) from stats_rollup where organization_id = "
                        + committees.get(0) + " and figure = '" + figure[0] + "'), (" + figure[1] + ")")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(figure[0]).isPositive().isEqualTo(rs.getLong(2));
                }
            }
        }
    }

    /** The rollups' figures on a month's last day: each up to the day, joined, left and activities within its month. */
    /**
     * The people's figures (V17, V18) of the rollups. The organizations' own (V22) are left to
     * RollupsAgreeWithARecountTest, which compares them with the services' counts; here only that the rebuild wrote them.
     */
    private static final String ROLLED_UP = """
            select figure, value, sum(count), sum(amount) from stats_rollup where organization_id = ? and (month <= ?::date and
                   figure not in ('joined', 'left', 'activity') or month = date_trunc('month', ?::date)::date)
               and figure not in ('fiveGoodOrg', 'fiveGoodEnrolled', 'fiveGoodHolds', 'fiveGoodWarned', 'fiveGoodRevoked', 'planned',
                                  'spotCheck', 'branch', 'partyBuilding', 'seat', 'appointed', 'appointedTrained', 'seatEnded')
             group by 1, 2 having sum(count) <> 0""";
    /** The same counted from the records with StatsRepository's rules. */
    private static final String RECOUNTED = """
            with o as (select id from organization where path <@ (select path from organization where id = ?)),
                 d as (select ?::date as day, date_trunc('month', ?::date)::date as month),
                 v as (select v.*, case when not exists (select 1 from volunteer_status_change x where x.volunteer_id = v.id
                                                                and x.changed_on > d.day) then v.status
                                        else coalesce((select c.status from volunteer_status_change c where c.volunteer_id = v.id
                                                        and c.changed_on <= d.day order by c.changed_on desc, c.id desc limit 1),
                                                      'ACTIVE') end as on_day,
                              extract(year from age(d.day, v.birth_date)) as age
                         from volunteer v join o on o.id = v.organization_id cross join d
                        where coalesce(v.joined_on, cast(v.created_at as date)) <= d.day),
                 p as (select p.type, (select c.status from pair_status_change c where c.pair_id = p.id and c.changed_on <= d.day
                                        order by c.changed_on desc, c.id desc limit 1) as on_day
                         from pair p join o on o.id = p.organization_id cross join d where p.started_on <= d.day)
            select 'residence', residence, count(*), 0 from v group by 2
            union all select 'gender', gender, count(*), 0 from v group by 2
            union all select 'category', c, count(*), 0 from v cross join unnest(v.categories) c group by 2
            union all select 'status', on_day, count(*), 0 from v group by 2
            union all select 'activeResidence', residence, count(*), 0 from v where on_day = 'ACTIVE' group by 2
            union all select 'ageBand', case when age < 50 then 'UNDER_50' when age < 60 then '50_59' when age < 70 then '60_69'
                                             when age < 80 then '70_79' else '80_AND_OVER' end, count(*), 0 from v group by 2
            union all select 'pairType', type, count(*), 0 from p where on_day is not null group by 2
            union all select 'pairStatus', on_day, count(*), 0 from p where on_day is not null group by 2
            union all select 'joined', '', count(*), 0 from volunteer v join o on o.id = v.organization_id cross join d
                       where v.joined_on between d.month and d.day having count(*) > 0
            union all select 'left', '', count(*), 0 from volunteer_status_change c join volunteer v on v.id = c.volunteer_id
                       join o on o.id = v.organization_id cross join d
                       where c.status <> 'ACTIVE' and c.changed_on between d.month and d.day having count(*) > 0
            union all select 'activity', '', count(*), sum(a.hours) from activity a join pair p on p.id = a.pair_id
                       join o on o.id = p.organization_id cross join d
                       where a.occurred_on between d.month and d.day having count(*) > 0
            union all select 'model', level, count(*), 0 from (
                       select distinct on (h.volunteer_id) h.level from honor h join volunteer v on v.id = h.volunteer_id
                         join o on o.id = v.organization_id cross join d where h.awarded_on <= d.day
                        order by h.volunteer_id, array_position(array['NATIONAL', 'PROVINCIAL', 'PREFECTURE',
                                 'CITY_PARTY_GOVERNMENT', 'CITY_COMMITTEE', 'TOWNSHIP']::varchar[], h.level)) best group by 2
            union all select 'featured', '', count(distinct c.volunteer_id), 0 from media_coverage c
                       join volunteer v on v.id = c.volunteer_id join o on o.id = v.organization_id cross join d
                       where c.covered_on <= d.day having count(*) > 0
            union all select 'team', t.type, count(*), 0 from team t join o on o.id = t.organization_id cross join d
                       where coalesce(t.established_on, cast(t.created_at as date)) <= d.day group by 2
            union all select 'teamMember', t.type, count(*), 0 from team t join o on o.id = t.organization_id
                       join team_member m on m.team_id = t.id cross join d
                       where coalesce(t.established_on, cast(t.created_at as date)) <= d.day and m.joined_on <= d.day
                         and (m.left_on is null or m.left_on > d.day) group by 2""";

    private static List<String> figures(Connection c, String sql, long organization, LocalDate day) throws SQLException {
        List<String> figures = new ArrayList<>();
        try (var s = c.prepareStatement(sql)) {
            s.setLong(1, organization);
            s.setObject(2, day);
            s.setObject(3, day);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    figures.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " "
                            + rs.getBigDecimal(4).stripTrailingZeros().toPlainString());
                }
            }
        }
        figures.sort(null);
        return figures;
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws SQLException {
        generated("xinhuo_gen_a", 1);
        generated("xinhuo_gen_b", 1);
        generated("xinhuo_gen_c", 2);
        String a = fingerprint("xinhuo_gen_a");
        assertThat(fingerprint("xinhuo_gen_b")).isEqualTo(a);
        assertThat(fingerprint("xinhuo_gen_c")).isNotEqualTo(a);
        assertThat(GENERATED.get("xinhuo_gen_c")).containsEntry("volunteer", 400L);
    }

    @AfterAll
    static void dropTheDatabases() throws SQLException {
        if (serverUrl == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(serverUrl, serverUser, serverPassword); Statement s = c.createStatement()) {
            for (String database : CREATED) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    /** Generates the tiny scale with a seed into a new database of that name, once per test run. */
    private Map<String, Long> generated(String database, long seed) {
        return GENERATED.computeIfAbsent(database, name -> {
            serverUrl = url;
            serverUser = user;
            serverPassword = password;
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
                s.execute("create database " + name + " encoding 'UTF8' template template0");
                CREATED.add(name);
                var log = new ByteArrayOutputStream();
                return DataGenerator.generate(urlOf(name), user, password, Scale.TINY, seed, AS_OF, privacyKey,
                        new PrintStream(log, true, StandardCharsets.UTF_8));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Every generated row of every table, in one hash. */
    private String fingerprint(String database) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (String table : DataGenerator.TABLES) {
                try (var rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '')"
                        + " from " + table + " t")) {
                    rs.next();
                    all.append(table).append('=').append(rs.getString(1)).append('\n');
                }
            }
        }
        return all.toString();
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(urlOf(database), user, password);
    }

    /** The test server's URL with another database. */
    private String urlOf(String database) {
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
