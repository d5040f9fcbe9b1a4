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
