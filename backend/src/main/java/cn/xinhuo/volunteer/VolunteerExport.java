package cn.xinhuo.volunteer;

import cn.xinhuo.volunteer.dto.VolunteerView;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the register as an .xlsx sheet, numbers masked as on screen. */
final class VolunteerExport {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> HEADER = List.of("编号", "姓名", "性别", "出生日期", "年龄", "民族", "身份证号", "手机号",
            "居住地", "类别", "原职业", "特长", "政治面貌", "健康状况", "加入日期", "状态", "所属组织");
    private VolunteerExport() {
    }

    /** Streams the rows page by page: {@code pages} yields the next page until it is empty. */
    static void write(OutputStream out, java.util.function.IntFunction<List<VolunteerView>> pages) throws IOException {
        Workbook workbook = new Workbook(out, "Xinhuo", "1.0");
        Worksheet sheet = workbook.newWorksheet("五老名册");
        for (int c = 0; c < HEADER.size(); c++) {
            sheet.value(0, c, HEADER.get(c));
            sheet.style(0, c).bold().set();
        }
        int row = 1;
        for (int page = 0; ; page++) {
            List<VolunteerView> views = pages.apply(page);
            if (views.isEmpty()) {
                break;
            }
            for (VolunteerView v : views) {
                Object[] cells = {v.id(), v.name(), RegisterWords.of(v.gender()), v.birthDate().toString(), v.age(), v.ethnicity(),
                        v.idCardNumber(), v.mobile(), RegisterWords.of(v.residence()),
                        v.categories().stream().map(RegisterWords::of).collect(Collectors.joining("、")), v.formerOccupation(),
                        v.specialties(), v.politicalStatus(), v.health(),
                        v.joinedOn() == null ? null : v.joinedOn().toString(), RegisterWords.of(v.status()), v.organizationName()};
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number n) {
                        sheet.value(row, c, n);
                    } else if (cells[c] != null) {
                        sheet.value(row, c, cells[c].toString());
                    }
                }
                row++;
            }
            sheet.flush();
        }
        workbook.finish();
    }
}
