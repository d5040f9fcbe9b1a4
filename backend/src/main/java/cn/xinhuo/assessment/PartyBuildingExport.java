package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.PartyBuildingResult;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The year's 党建带关工 results as one .xlsx sheet, for the secretaries' pay linkage. */
final class PartyBuildingExport {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> HEADER = List.of("乡镇（街道）", "村（社区）党支部", "书记（关工小组组长）", "半年初评得分", "半年初评",
            "年终总评得分", "年终总评", "可评先进党支部");

    private PartyBuildingExport() {
    }

    static void write(OutputStream out, int year, List<PartyBuildingResult> rows) throws IOException {
        Workbook workbook = new Workbook(out, "Xinhuo", "1.0");
        Worksheet sheet = workbook.newWorksheet(year + "年党建带关工考核");
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(0, c, HEADER.get(c));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        for (PartyBuildingResult r : rows) {
            sheet.value(row, 0, r.townshipName());
            sheet.value(row, 1, r.organizationName());
            sheet.value(row, 2, r.secretary());
            if (r.halfYear() != null) {
                sheet.value(row, 3, r.halfYear().total().stripTrailingZeros());
                sheet.value(row, 4, r.halfYear().passed() ? "达标" : "不达标");
            }
            if (r.yearEnd() != null) {
                sheet.value(row, 5, r.yearEnd().total().stripTrailingZeros());
                sheet.value(row, 6, r.yearEnd().passed() ? "达标" : "不达标");
            }
            sheet.value(row, 7, r.eligibleForAdvanced() == null ? "待年终总评" : r.eligibleForAdvanced() ? "是" : "否");
            row++;
        }
        workbook.finish();
    }
}
