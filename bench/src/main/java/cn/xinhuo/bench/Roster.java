package cn.xinhuo.bench;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A 五老 roster as a township fills in the import template (GET /api/v1/volunteer-imports/template):
 * {@code rows} new, eligible rural people, all written by the import. Each roster of a run has other
 * people: ID card numbers of region 999997 (which does not exist) by birth date and sequence, and
 * names unique within the roster.
 */
public final class Roster {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADINGS = List.of("姓名*", "性别*", "出生日期*", "民族", "身份证号", "手机号", "居住地*",
            "类别*", "原职业", "特长", "政治面貌", "健康状况", "加入日期", "所属组织*", "低龄登记理由");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "永春志林立军平慧明华国建文玉凤桂兰秀英德福贵荣山海成发宝金";
    private static final String[] CATEGORIES = {"老干部", "老战士", "老专家", "老教师", "老模范", "老干部、老教师"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int DATES = 4000;
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);

    private Roster() {
    }

    /**
     * The {@code index}-th roster of a run whose numbers start at {@code base} (0–998): its people
     * have sequence numbers no other roster of the run uses (333 rosters of 10,000 rows).
     */
    public static byte[] workbook(int rows, String organization, int base, int index) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 80);
            Workbook workbook = new Workbook(out, "xinhuo-bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("五老名册");
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.value(0, c, HEADINGS.get(c));
            }
            int perRoster = (rows + DATES - 1) / DATES;
            for (int i = 0; i < rows; i++) {
                LocalDate birth = FIRST_BIRTH.plusDays(i % DATES);
                int sequence = (base + index * perRoster + i / DATES) % 999 + 1;
                boolean male = sequence % 2 == 1;
                String name = "" + SURNAMES.charAt(i % SURNAMES.length())
                        + GIVEN.charAt(i / SURNAMES.length() % GIVEN.length())
                        + GIVEN.charAt(i / (SURNAMES.length() * GIVEN.length()) % GIVEN.length());
                String[] cells = {name, male ? "男" : "女", birth.toString(), "汉族", idCard(birth, sequence), null, "农村",
                        CATEGORIES[i % CATEGORIES.length], male ? "农业技术员" : "教师", i % 2 == 0 ? "农业技术" : "家庭教育",
                        "中共党员", "良好", "2015-0" + (1 + i % 9) + "-01", organization, null};
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        sheet.value(i + 1, c, cells[c]);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed number (GB 11643 check character) of the non-existent region 999997. */
    static String idCard(LocalDate birth, int sequence) {
        String first17 = "999997" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
