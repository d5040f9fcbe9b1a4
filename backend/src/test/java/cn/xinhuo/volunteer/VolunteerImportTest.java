package cn.xinhuo.volunteer;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.Database;
import cn.xinhuo.support.Fixtures;
import cn.xinhuo.support.PostgresResource;
import cn.xinhuo.support.Rosters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Bulk entry from an Excel roster: all or nothing, a per-row report, and the same file twice changes nothing. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class VolunteerImportTest {

    private static final AtomicLong SEEDS = new AtomicLong(17);
    private static final String IMPORTS = "/api/v1/volunteer-imports";

    private long township;
    private String villageName;
    private RequestSpecification admin;

    @BeforeEach
    void setUp() {
        RestAssured.requestSpecification = null;
        long city = Fixtures.organization("导入市", "CITY_COMMITTEE", null);
        township = Fixtures.organization("导入乡", "TOWNSHIP_COMMITTEE", city);
        villageName = Fixtures.unique("导入村");
        given().spec(Auth.as(Auth.root())).contentType("application/json")
                .body(java.util.Map.of("name", villageName, "type", "VILLAGE_GROUP", "parentId", township))
                .post("/api/v1/organizations").then().statusCode(201);
        admin = Auth.as(Auth.newUser(township, "ORG_ADMIN"));
    }

    private List<List<String>> people(int n) {
        return Rosters.people(n, villageName, SEEDS.getAndIncrement());
    }

    private JsonPath upload(byte[] file, String... options) {
        var request = given().spec(admin).contentType(Rosters.MEDIA_TYPE).body(file).queryParam("fileName", "名册.xlsx");
        for (String option : options) {
            request.queryParam(option, true);
        }
        long id = request.post(IMPORTS).then().statusCode(202).header("Location", startsWith("http"))
                .body("status", equalTo("RUNNING")).extract().jsonPath().getLong("id");
        return finished(id);
    }

    private JsonPath finished(long id) {
        return Rosters.finished(admin, id);
    }

    private long registered() {
        return given().spec(admin).queryParam("within", township).queryParam("size", 1).get("/api/v1/volunteers").then()
                .statusCode(200).extract().jsonPath().getLong("total");
    }

    @Tag("R3")
    @Test
    void aRosterWithOneBadRowWritesNothingAndReportsThatRowThenTheFixedFileImportsAllAndTwiceChangesNothing() {
        List<List<String>> rows = people(40);
        String good = rows.get(6).get(Rosters.column("身份证号"));
        String wrongCheckDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1");
        rows.get(6).set(Rosters.column("身份证号"), wrongCheckDigit);
        String before = Database.count("select count(*) from volunteer") + "/" + registered();

        JsonPath rejected = upload(Rosters.workbook(rows));
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getInt("problemCount")).isEqualTo(1);
        assertThat(rejected.getInt("problems[0].row")).isEqualTo(8); // the heading is row 1
        assertThat(rejected.getString("problems[0].column")).isEqualTo("身份证号");
        assertThat(rejected.getInt("created")).isZero();
        assertThat(Database.count("select count(*) from volunteer") + "/" + registered()).isEqualTo(before);

        rows.get(6).set(Rosters.column("身份证号"), good);
        JsonPath imported = upload(Rosters.workbook(rows));
        assertThat(imported.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(imported.getInt("created")).isEqualTo(40);
        assertThat(imported.getInt("processedRows")).isEqualTo(40);
        assertThat(registered()).isEqualTo(40);

        String fingerprint = Database.count("select count(*) from volunteer") + "/"
                + Database.count("select coalesce(sum(version), 0) from volunteer");
        JsonPath again = upload(Rosters.workbook(rows));
        assertThat(again.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(again.getInt("unchanged")).isEqualTo(40);
        assertThat(again.getInt("created") + again.getInt("updated")).isZero();
        assertThat(Database.count("select count(*) from volunteer") + "/"
                + Database.count("select coalesce(sum(version), 0) from volunteer")).isEqualTo(fingerprint);
    }

    @Tag("V1")
    @Test
    void eachBadCellIsReportedWithItsRowAndColumn() {
        List<List<String>> rows = people(6);
        rows.get(0).set(Rosters.column("性别"), "未知");
        rows.get(1).set(Rosters.column("出生日期"), "去年");
        rows.get(2).set(Rosters.column("出生日期"), LocalDate.now().plusYears(1).toString());
        rows.get(3).set(Rosters.column("手机号"), "12345");
        rows.get(4).set(Rosters.column("所属组织"), "不存在的村");
        rows.get(5).set(Rosters.column("姓名"), "长".repeat(51));

        JsonPath report = upload(Rosters.workbook(rows));
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getList("problems.row", Integer.class)).containsOnly(2, 3, 4, 5, 6, 7);
        java.util.Map<Integer, String> expected = java.util.Map.of(2, "性别", 3, "出生日期", 4, "出生日期", 5, "手机号",
                6, "所属组织", 7, "姓名");
        expected.forEach((row, column) -> assertThat(report.getList("problems.findAll { it.row == " + row + " }.column",
                String.class)).as("row " + row).contains(column));
        assertThat(registered()).isZero();
    }

    @Test
    void onlyTheValidRowsWhenTheUserAsksForThem() {
        List<List<String>> rows = people(5);
        rows.get(2).set(Rosters.column("居住地"), "海上");
        JsonPath report = upload(Rosters.workbook(rows), "validRowsOnly");
        assertThat(report.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(report.getInt("created")).isEqualTo(4);
        assertThat(report.getInt("skipped")).isEqualTo(1);
        assertThat(report.getInt("problems[0].row")).isEqualTo(4);
        assertThat(registered()).isEqualTo(4);
    }

    @Test
    void aChangedRowUpdatesThePersonItMatches() {
        List<List<String>> rows = people(3);
        upload(Rosters.workbook(rows));
        rows.get(1).set(Rosters.column("特长"), "果树栽培");
        rows.get(2).set(Rosters.column("身份证号"), null); // matched by name, birth date and organization instead
        JsonPath report = upload(Rosters.workbook(rows));
        assertThat(report.getInt("updated")).isEqualTo(1);
        assertThat(report.getInt("unchanged")).isEqualTo(2);
        given().spec(admin).queryParam("q", rows.get(1).get(0)).queryParam("within", township).get("/api/v1/volunteers")
                .then().body("items.specialties", contains("果树栽培"));
    }

    @Test
    void theSamePersonTwiceInOneFileIsReported() {
        List<List<String>> rows = people(3);
        rows.add(new java.util.ArrayList<>(rows.get(0)));
        JsonPath report = upload(Rosters.workbook(rows));
        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getInt("problems[0].row")).isEqualTo(5);
        assertThat(report.getString("problems[0].message")).contains("第 2 行");
    }

    @Test
    void aFileThatIsNotARosterIsRefusedAtOnceNamingTheFile() {
        given().spec(admin).contentType(Rosters.MEDIA_TYPE).body("姓名,性别".getBytes(StandardCharsets.UTF_8)).post(IMPORTS)
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", contains("file"));
        byte[] withoutNames = Rosters.workbook(List.of());
        given().spec(admin).contentType(Rosters.MEDIA_TYPE).body(withoutNames).post(IMPORTS)
                .then().statusCode(400).body("errors.field", contains("file"));
        given().spec(admin).contentType("application/json").body("{}").post(IMPORTS).then().statusCode(415);
    }

    @Test
    void theTemplateOffersTheCallersOrganizationsAndTheAllowedValuesAsDropDowns() throws IOException {
        byte[] template = given().spec(admin).get(IMPORTS + "/template").then().statusCode(200)
                .contentType(Rosters.MEDIA_TYPE).extract().asByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            var heading = workbook.findSheet("五老名册").orElseThrow().read().get(0);
            assertThat(heading.getCellText(0)).isEqualTo("姓名*");
            assertThat(heading.getCellText(13)).isEqualTo("所属组织*");
            var options = workbook.findSheet("选项").orElseThrow().read();
            List<String> organizations = options.stream().map(r -> r.getCellText(3)).filter(s -> !s.isEmpty()).toList();
            assertThat(organizations).contains(villageName).noneMatch(name -> name.startsWith("矩阵"));
            assertThat(options.get(0).getCellText(0)).isEqualTo("男");
        }
        String sheetXml = entry(template, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).contains("<dataValidation").contains("type=\"list\"");
    }

    @Tag("Z1")
    @Tag("L1")
    @Test
    void anImportIsSeenOnlyInsideTheStartersSubtreeAndIsInTheAuditLog() {
        JsonPath report = upload(Rosters.workbook(people(1)));
        long id = report.getLong("id");
        long otherTownship = Fixtures.organization("别乡", "TOWNSHIP_COMMITTEE",
                Fixtures.organization("别市", "CITY_COMMITTEE", null));
        given().spec(Auth.as(Auth.newUser(otherTownship, "ORG_ADMIN"))).get(IMPORTS + "/" + id).then().statusCode(404);
        given().spec(admin).get(IMPORTS).then().statusCode(200).body("items[0].id", equalTo((int) id));
        assertThat(Database.count("select count(*) from audit_event where event = 'VOLUNTEER_IMPORT' and object_id = ?",
                String.valueOf(id))).isEqualTo(1);
        assertThat(Database.count("select count(*) from audit_event where event = 'VOLUNTEER_INSERT' and actor <> 'system'"
                + " and after_state ->> 'organization_id' is not null and object_id in (select id::text from volunteer"
                + " where organization_id in (select id from organization where name = ?))", villageName)).isEqualTo(1);
    }

    private static String entry(byte[] zip, String name) throws IOException {
        // the workbook is streamed with data descriptors, which ZipInputStream cannot read
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (var archive = new java.util.zip.ZipFile(file.toFile())) {
                var e = archive.getEntry(name);
                assertThat(e).as(name + " in the workbook").isNotNull();
                return new String(archive.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
