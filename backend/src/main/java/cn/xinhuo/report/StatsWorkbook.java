package cn.xinhuo.report;

import cn.xinhuo.stats.dto.StatsSummary;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The statistical tables behind the work summary, one sheet per subject, each a breakdown whose rows sum to its total. */
final class StatsWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StatsWorkbook() {
    }

    static void write(StatsSummary s, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Xinhuo", "1.0");
        var v = s.volunteers();
        counts(workbook.newWorksheet("五老队伍"), List.of(
                new Table("居住地", v.byResidence()), new Table("性别", v.byGender()), new Table("年龄段", v.byAgeBand()),
                new Table("状态", v.byStatus()), new Table("类别（可多选）", v.byCategory())));
        Worksheet teams = workbook.newWorksheet("五老工作组织");
        header(teams, "类型", "组织数", "人数");
        int row = 1;
        for (var t : s.teams().byType()) {
            line(teams, row++, t.type().name(), t.teams(), t.members());
        }
        line(teams, row, "合计", s.teams().teams(), s.teams().members());
        Worksheet models = workbook.newWorksheet("先进典型");
        header(models, "表彰级别", "人数");
        row = 1;
        for (var m : s.models().byLevel()) {
            line(models, row++, m.level().name(), m.people());
        }
        line(models, row, "合计", s.models().models());
        Worksheet leaders = workbook.newWorksheet("领导班子");
        header(leaders, "职务", "新任", "离任", "已培训");
        row = 1;
        for (var r : s.leadership().byRole()) {
            line(leaders, row++, r.role().name(), r.appointed(), r.ended(), r.trained());
        }
        line(leaders, row, "合计", s.leadership().appointed(), null, s.leadership().trained());
        Worksheet fiveGood = workbook.newWorksheet("五好创建");
        header(fiveGood, "组织类型", "参加创建", "授牌", "授牌率%", "滑坡预警", "摘牌");
        row = 1;
        for (var r : s.fiveGood().rates().rows()) {
            line(fiveGood, row++, WorkReportWriter.typeName(r.organizationType()), r.enrolled(), r.awarded(), r.rate(), r.warned(),
                    r.revoked());
        }
        workbook.finish();
    }

    private record Table(String title, List<StatsSummary.Count> counts) {
    }

    /** Breakdowns side by side down one sheet: a title row, the rows, a total. */
    private static void counts(Worksheet sheet, List<Table> tables) {
        int row = 0;
        for (Table t : tables) {
            header(sheet, row, t.title(), "人数");
            row++;
            long total = 0;
            for (var c : t.counts()) {
                line(sheet, row++, c.key(), c.count());
                total += c.count();
            }
            line(sheet, row++, "合计", total);
            row++;
        }
    }

    private static void header(Worksheet sheet, String... titles) {
        header(sheet, 0, titles);
    }

    private static void header(Worksheet sheet, int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            sheet.value(row, c, titles[c]);
            sheet.style(row, c).bold().set();
        }
    }

    private static void line(Worksheet sheet, int row, String label, Object... values) {
        sheet.value(row, 0, label);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                sheet.value(row, c + 1, n);
            }
        }
    }
}
