package cn.xinhuo.report;

import cn.xinhuo.support.Auth;
import cn.xinhuo.support.PostgresResource;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The work summary of 五大连池市 for 2016-H1, written from the demo records: the report's own figures in its own structure. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class WorkReportTest {

    private RequestSpecification cityAdmin;

    @BeforeEach
    void logIn() {
        RestAssured.requestSpecification = null;
        cityAdmin = Auth.as(Auth.login("city-admin", "Xinhuo@2016"));
    }

    private JsonPath draft() {
        return given().spec(cityAdmin).queryParam("period", "2016-H1").get("/api/v1/reports/work-summary").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String text(JsonPath report) {
        return String.join("\n", report.getList("sections.heading", String.class)) + "\n"
                + String.join("\n", report.getList("sections.paragraphs.flatten()", String.class));
    }

    @Test
    void theDraftCarriesEveryFigureOfTheReportInItsStructure() {
        JsonPath report = draft();
        assertThat(report.getString("title")).isEqualTo("五大连池市关工委2016年上半年关心下一代工作总结");
        assertThat(report.getList("sections.heading", String.class))
                .containsExactly("一、强化关工组织建设", "二、稳定“五老”队伍", "三、深化“五好”创建", "四、抓好机制建设");
        assertThat(text(report)).contains(
                "先后3次深入基层开展调研", "6个乡镇（街道）、12个村、3个社区、2所学校",
                "选配基层关工委常务副主任4人", "常务副组长变动24人", "办培训班9期", "新任班子成员已全部参加培训",
                "现有“五老”1286人，其中农村900人", "农村增加30人",
                "“五老”工作组织186个", "关爱团143个、516人", "报告团22个、223人", "艺术团21个、255人",
                "“五老”典型32人", "受到省、市表彰8人", "市委、市政府表彰14人", "10名优秀“五老”",
                "基层关工委13个，行政村关工小组87个，社区关工小组6个", "分别为13个、67个、6个", "分别占100%、77%、100%",
                "进行2次抽查", "目前还没有应予“摘牌”的", "计划2016年8个组织进入“五好”创建行列",
                "王春志（兴安村关工小组）：兴安乡老教师");
    }

    @Test
    void theEditedDraftExportsAsAWordDocumentThatReadsBack() throws IOException {
        JsonPath report = draft();
        Map<String, Object> edited = report.getMap("");
        edited.put("title", report.getString("title") + "（修改稿）");
        byte[] docx = given().spec(cityAdmin).contentType(ContentType.JSON).body(edited).post("/api/v1/reports/work-summary/docx")
                .then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("五大连池市关工委2016年上半年关心下一代工作总结（修改稿）");
            assertThat(words.getText()).contains("现有“五老”1286人，其中农村900人", "分别占100%、77%、100%", "三、深化“五好”创建");
        }
    }

    @Test
    void theEditedDraftExportsAsAPdfWithItsChineseFontEmbedded() throws IOException {
        JsonPath report = draft();
        Map<String, Object> edited = report.getMap("");
        edited.put("title", report.getString("title") + "（修改稿）");
        var response = given().spec(cityAdmin).contentType(ContentType.JSON).body(edited).post("/api/v1/reports/work-summary/pdf")
                .then().statusCode(200).contentType("application/pdf").extract();
        assertThat(response.header("Content-Disposition")).contains(".pdf", "filename*=UTF-8''");
        PdfReader pdf = new PdfReader(response.asByteArray());
        try {
            assertThat(pdf.getInfo().get("Title")).isEqualTo("五大连池市关工委2016年上半年关心下一代工作总结（修改稿）");
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(pdf);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            // the text reads back as Chinese: the font went in with its Unicode map
            String flat = text.toString().replaceAll("\\s", "");
            assertThat(flat).contains("现有“五老”1286人，其中农村900人", "分别占100%、77%、100%", "三、深化“五好”创建");
            assertThat(embeddedFonts(pdf)).as("fonts embedded in the PDF").isPositive();
        } finally {
            pdf.close();
        }
    }

    /** Font descriptors that carry the font program itself (FontFile2: TrueType). */
    private static int embeddedFonts(PdfReader pdf) {
        int embedded = 0;
        for (int i = 0; i < pdf.getXrefSize(); i++) {
            PdfObject object = pdf.getPdfObject(i);
            if (object instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))
                    && d.get(PdfName.FONTFILE2) != null) {
                embedded++;
            }
        }
        return embedded;
    }

    @Test
    void theTablesSumToTheSummary() throws IOException {
        JsonPath summary = given().spec(cityAdmin).queryParam("period", "2016-H1").get("/api/v1/stats/summary").then().statusCode(200)
                .extract().jsonPath();
        byte[] xlsx = given().spec(cityAdmin).queryParam("period", "2016-H1").get("/api/v1/reports/work-summary/tables").then()
                .statusCode(200).extract().asByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<Row> register = sheets.get(0).read();
            // the first table is by residence: its rows, then its total
            assertThat(register.get(0).getCellText(0)).isEqualTo("居住地");
            long residences = register.subList(1, 3).stream().mapToLong(r -> number(r, 1).longValue()).sum();
            assertThat(residences).isEqualTo(summary.getLong("volunteers.registered")).isEqualTo(1286);
            assertThat(number(register.get(3), 1).longValue()).isEqualTo(1286);

            List<Row> teams = sheets.get(1).read();
            long teamRows = teams.subList(1, teams.size() - 1).stream().mapToLong(r -> number(r, 1).longValue()).sum();
            long memberRows = teams.subList(1, teams.size() - 1).stream().mapToLong(r -> number(r, 2).longValue()).sum();
            assertThat(teamRows).isEqualTo(summary.getLong("teams.teams")).isEqualTo(186);
            assertThat(memberRows).isEqualTo(summary.getLong("teams.members"));

            List<Row> models = sheets.get(2).read();
            assertThat(models.subList(1, models.size() - 1).stream().mapToLong(r -> number(r, 1).longValue()).sum())
                    .isEqualTo(summary.getLong("models.models")).isEqualTo(32);

            List<Row> fiveGood = sheets.get(4).read();
            assertThat(fiveGood.subList(1, 4).stream().map(r -> number(r, 1).intValue()).toList()).containsExactly(13, 87, 6);
            assertThat(fiveGood.subList(1, 4).stream().map(r -> number(r, 2).intValue()).toList()).containsExactly(13, 67, 6);
        }
    }

    @Test
    void aTownshipCannotAskForAnothersReport() {
        RequestSpecification xingan = Auth.as(Auth.login("xingan-admin", "Xinhuo@2016"));
        long tuanjie = given().spec(cityAdmin).queryParam("q", "团结").get("/api/v1/organizations").then()
                .extract().jsonPath().getLong("items.find { it.type == 'TOWNSHIP_COMMITTEE' }.id");
        given().spec(xingan).queryParam("orgId", tuanjie).queryParam("period", "2016-H1").get("/api/v1/reports/work-summary")
                .then().statusCode(404).contentType("application/problem+json");
        given().spec(xingan).queryParam("period", "2016-H1").get("/api/v1/reports/work-summary").then().statusCode(200);
    }

    private static BigDecimal number(Row row, int cell) {
        return row.getCellAsNumber(cell).orElseThrow();
    }
}
