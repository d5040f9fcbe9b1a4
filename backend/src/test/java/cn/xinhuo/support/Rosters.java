package cn.xinhuo.support;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** 五老 rosters as staff fill them in: the template's headings and synthetic rows (no real numbers, P3). */
public final class Rosters {

    public static final List<String> HEADINGS = List.of("姓名*", "性别*", "出生日期*", "民族", "身份证号", "手机号", "居住地*",
            "类别*", "原职业", "特长", "政治面貌", "健康状况", "加入日期", "所属组织*", "低龄登记理由");
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "永春志林立军平慧明华国建文玉凤桂兰秀英德福贵荣山海成发宝金";
    private static final String[] CATEGORIES = {"老干部", "老战士", "老专家", "老教师", "老模范", "老干部、老教师"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private Rosters() {
    }

    /** A workbook with the template's headings and these rows (cells in heading order; null = empty). */
    public static byte[] workbook(List<List<String>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("五老名册");
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.value(0, c, HEADINGS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c) != null) {
                        sheet.value(r + 1, c, row.get(c));
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code n} distinct eligible rural 五老 of one organization, the same for the same seed: every
     * person a different birth date and ID card number (region 999998, which does not exist; SyntheticPeople uses 999999).
     */
    public static List<List<String>> people(int n, String organization, long seed) {
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(1936, 1, 1).plusDays(random.nextInt(300));
        for (int i = 0; i < n; i++) {
            // 6,000 birth dates × up to 500 sequence numbers: never the same number twice
            LocalDate birth = first.plusDays(i % 6000);
            boolean male = random.nextInt(3) > 0;
            int sequence = (int) ((seed % 200) + i / 6000) * 2 % 998 + (male ? 1 : 2);
            String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length()));
            rows.add(new ArrayList<>(java.util.Arrays.asList(name, male ? "男" : "女", birth.toString(), "汉族",
                    idCard(birth, sequence), null, "农村", CATEGORIES[random.nextInt(CATEGORIES.length)],
                    male ? "农业技术员" : "教师", random.nextBoolean() ? "农业技术" : "家庭教育", "中共党员", "良好",
                    "2015-0" + (1 + random.nextInt(9)) + "-01", organization, null)));
        }
        return rows;
    }

    /** A well-formed number (right check character) of region 999998 for a birth date and sequence. */
    public static String idCard(LocalDate birth, int sequence) {
        String first17 = "999998" + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** The column index of a heading (without its asterisk). */
    public static int column(String heading) {
        for (int c = 0; c < HEADINGS.size(); c++) {
            if (HEADINGS.get(c).replace("*", "").equals(heading)) {
                return c;
            }
        }
        throw new IllegalArgumentException(heading);
    }

    /** Polls an import until it is no longer RUNNING (at most two minutes) and returns its report. */
    public static io.restassured.path.json.JsonPath finished(io.restassured.specification.RequestSpecification as, long id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            var report = io.restassured.RestAssured.given().spec(as).get("/api/v1/volunteer-imports/" + id)
                    .then().statusCode(200).extract().jsonPath();
            if (!report.getString("status").equals("RUNNING")) {
                return report;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("import " + id + " still running");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
