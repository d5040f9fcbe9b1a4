package cn.xinhuo.common;

import cn.xinhuo.support.EmbeddedDatabase;
import cn.xinhuo.support.ProductInstance;
import cn.xinhuo.support.SyntheticPeople;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented backup and restore (scripts/backup.sh, scripts/restore.sh) on the product's
 * database while the product runs with the demo data set: the copy restored into a fresh database
 * has every table's rows (count and an md5 of the rows in key order), sequences, triggers and
 * indexes, and a second instance of the product serves it — logins, the register, the encrypted
 * personal numbers, new writes and the append-only audit trail.
 */
@Tag("R4")
@DisplayName("R4 backup and restore: pg_dump -Fc, pg_restore into a fresh database, identical counts and fingerprints, the product serves the copy")
class BackupRestoreIT {

    private static final String RESTORED = "xinhuo_restored";
    private static final String DEMO_ADMIN = "city-admin";
    private static final String DEMO_PASSWORD = "Xinhuo@2016";

    private static EmbeddedPostgres database;
    private static ProductInstance original;
    private static ProductInstance restored;

    @BeforeAll
    static void startTheProductWithTheDemoData() throws Exception {
        database = EmbeddedDatabase.start(null, 0);
        original = ProductInstance.start("backup-original", EmbeddedDatabase.jdbcUrl(database),
                Map.of("XINHUO_DEMO_DATA", "true"), Duration.ofSeconds(600));
    }

    @AfterAll
    static void stop() throws Exception {
        for (ProductInstance instance : new ProductInstance[] {restored, original}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @DisplayName("R4 the restored copy has the same rows, sequences and schema, and the product works on it")
    void aBackupRestoredIntoAFreshDatabaseIsTheSameDatabase() throws Exception {
        RequestSpecification before = as(original, DEMO_ADMIN);
        long township = given().spec(before).get("/api/v1/organizations/roots").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        long volunteer = given().spec(before).contentType(ContentType.JSON)
                .body(SyntheticPeople.volunteer("备份测试", township)).post("/api/v1/volunteers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String numbers = given().spec(before).get("/api/v1/volunteers/" + volunteer + "/personal-data")
                .then().statusCode(200).extract().asString();

        Path dump = Path.of("target/it-backup/xinhuo.dump").toAbsolutePath();
        Files.deleteIfExists(dump);
        long backupMs = script("backup.sh", dump.toString());
        assertThat(dump).exists();
        assertThat(Path.of(dump + ".sha256")).exists();
        long restoreMs = script("restore.sh", dump.toString(), RESTORED);

        DataSource source = database.getDatabase(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE);
        DataSource copy = database.getDatabase(EmbeddedDatabase.USER, RESTORED);
        Map<String, String> sourcePrints = fingerprints(source);
        assertThat(sourcePrints.get("table volunteer")).doesNotStartWith("0:");
        assertThat(fingerprints(copy)).isEqualTo(sourcePrints);

        restored = ProductInstance.start("backup-restored", database.getJdbcUrl(EmbeddedDatabase.USER, RESTORED), Map.of(),
                Duration.ofSeconds(180));
        RequestSpecification after = as(restored, DEMO_ADMIN);
        for (String list : List.of("/api/v1/volunteers?size=20&sort=name,asc", "/api/v1/pairs?size=20",
                "/api/v1/organizations/" + township + "/children")) {
            assertThat(given().spec(after).get(list).then().statusCode(200).extract().asString()).as(list)
                    .isEqualTo(given().spec(before).get(list).then().statusCode(200).extract().asString());
        }
        assertThat(given().spec(after).get("/api/v1/volunteers/" + volunteer + "/personal-data").then().statusCode(200)
                .extract().asString()).isEqualTo(numbers);
        given().spec(after).contentType(ContentType.JSON).body(SyntheticPeople.volunteer("恢复后登记", township))
                .post("/api/v1/volunteers").then().statusCode(201);
        assertThat(fingerprints(source)).as("the original is untouched by the copy's writes").isEqualTo(sourcePrints);
        try (var c = copy.getConnection(); var s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        System.out.printf("[R4] backup %d ms, %d kB; restore into a fresh database %d ms; %d tables compared%n", backupMs,
                Files.size(dump) / 1024, restoreMs, sourcePrints.keySet().stream().filter(k -> k.startsWith("table ")).count());
    }

    /** Runs a script of the repository against the test's server; returns how long it took. */
    private static long script(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("..", "scripts", name).toString()));
        command.addAll(List.of(args));
        File log = new File("target/it-" + name.replace(".sh", "") + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
        pb.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", EmbeddedDatabase.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "postgres"));
        long started = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(name + " finished").isTrue();
        assertThat(p.exitValue()).as(name + " exit code; output:%n%s", Files.readString(log.toPath())).isZero();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * Every table's row count and md5 of its rows in primary-key order, every sequence's position,
     * and the schema's triggers, indexes, constraints and extensions.
     */
    private static Map<String, String> fingerprints(DataSource ds) throws SQLException {
        Map<String, String> prints = new TreeMap<>();
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            List<String[]> tables = new ArrayList<>();
            try (var rs = s.executeQuery("""
                    select c.relname, coalesce((select string_agg(quote_ident(a.attname), ', ' order by k.ord)
                                                from pg_index i cross join unnest(i.indkey) with ordinality k(attnum, ord)
                                                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                                                where i.indrelid = c.oid and i.indisprimary), 't::text')
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1""")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] t : tables) {
                try (var rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' order by "
                        + t[1] + ")), '-') from " + t[0] + " t")) {
                    rs.next();
                    prints.put("table " + t[0], rs.getString(1));
                }
            }
            collect(s, prints, "sequence", "select sequencename, coalesce(last_value, 0) || '' from pg_sequences where schemaname = 'public'");
            collect(s, prints, "schema", """
                    select 'triggers', count(*) || '' from pg_trigger where not tgisinternal
                    union all select 'indexes', count(*) || '' from pg_indexes where schemaname = 'public'
                    union all select 'constraints', count(*) || '' from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                              where n.nspname = 'public'
                    union all select 'extensions', string_agg(extname, ',' order by extname) from pg_extension""");
        }
        return prints;
    }

    private static void collect(java.sql.Statement s, Map<String, String> prints, String kind, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                prints.put(kind + " " + rs.getString(1), rs.getString(2));
            }
        }
    }

    private static RequestSpecification as(ProductInstance instance, String username) {
        String token = given().baseUri(instance.base()).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", DEMO_PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(200).extract().jsonPath().getString("accessToken");
        return given().baseUri(instance.base()).header("Authorization", "Bearer " + token);
    }
}
