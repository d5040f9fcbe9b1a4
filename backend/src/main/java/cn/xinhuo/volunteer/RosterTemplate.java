package cn.xinhuo.volunteer;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The import template: the roster's columns, drop-downs of the allowed values (the caller's own
 * organizations among them) and a sheet of instructions.
 */
final class RosterTemplate {

    static final String SHEET = "五老名册";
    /** Rows of the roster sheet that carry the drop-downs. */
    private static final int ROWS = 20_000;

    private RosterTemplate() {
    }

    static void write(OutputStream out, List<String> organizationLabels) throws IOException {
        Workbook workbook = new Workbook(out, "Xinhuo", "1.0");
        Worksheet roster = workbook.newWorksheet(SHEET);
        Worksheet help = workbook.newWorksheet("填写说明");
        Worksheet options = workbook.newWorksheet("选项");
        RosterColumn[] columns = RosterColumn.values();
        for (int c = 0; c < columns.length; c++) {
            roster.value(0, c, columns[c].label());
            roster.style(0, c).bold().fillColor(columns[c].required ? "FFF2CC" : "F2F2F2").set();
            roster.width(c, columns[c] == RosterColumn.ORGANIZATION || columns[c] == RosterColumn.ID_CARD ? 24 : 12);
        }
        roster.freezePane(0, 1);
        // dates and numbers as text, so Excel neither reformats a birth date nor rounds an ID card number
        for (RosterColumn c : List.of(RosterColumn.ID_CARD, RosterColumn.MOBILE, RosterColumn.BIRTH_DATE, RosterColumn.JOINED_ON)) {
            roster.range(1, c.ordinal(), ROWS, c.ordinal()).style().format("@").set();
        }

        List<List<String>> lists = List.of(RegisterWords.all(Gender.class), RegisterWords.all(Residence.class),
                RegisterWords.all(VolunteerCategory.class), organizationLabels);
        List<RosterColumn> listed = List.of(RosterColumn.GENDER, RosterColumn.RESIDENCE, RosterColumn.CATEGORIES,
                RosterColumn.ORGANIZATION);
        for (int l = 0; l < lists.size(); l++) {
            List<String> values = lists.get(l);
            for (int r = 0; r < values.size(); r++) {
                options.value(r, l, values.get(r));
            }
            int col = listed.get(l).ordinal();
            var validation = roster.range(1, col, ROWS, col)
                    .validateWithList(options.range(0, l, Math.max(values.size() - 1, 0), l))
                    .allowBlank(true).showErrorMessage(true);
            // several categories are written 老干部、老教师: warn, do not forbid
            validation.errorStyle(listed.get(l) == RosterColumn.CATEGORIES ? DataValidationErrorStyle.WARNING
                    : DataValidationErrorStyle.STOP).errorTitle("请从下拉列表中选择").error("请从下拉列表中选择允许的值。");
        }
        options.setVisibilityState(VisibilityState.HIDDEN);

        List<String> lines = List.of(
                "五老名册导入说明",
                "1. 在“五老名册”表中每行填写一位五老，第一行标题不要修改；带 * 的列必须填写。",
                "2. 性别、居住地、类别、所属组织请从下拉列表中选择；多个类别用顿号分隔，如：老干部、老教师。",
                "3. 出生日期、加入日期写作 1952-03-01。身份证号为 18 位，须与出生日期和性别一致；没有可不填。",
                "4. 年龄低于规定的，须由管理员在“低龄登记理由”列写明理由。",
                "5. 已登记的人（身份证号相同，或姓名、出生日期、所属组织都相同）会按表中内容更新，同一文件重复导入不会重复登记。",
                "6. 只要有一行有错，默认整份文件都不导入，并逐行列出错误；也可以选择只导入正确的行。");
        for (int r = 0; r < lines.size(); r++) {
            help.value(r, 0, lines.get(r));
        }
        help.style(0, 0).bold().set();
        help.width(0, 110);
        workbook.finish();
    }
}
