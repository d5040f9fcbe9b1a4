package cn.xinhuo.support;

import org.dhatim.fastexcel.Workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** Small .xlsx files for request bodies (uploads), one sheet, the first row usually the header. */
public final class Workbooks {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    public static byte[] xlsx(List<? extends List<?>> rows) {
        var out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Xinhuo tests", "1.0")) {
            var sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (value instanceof LocalDate d) {
                        sheet.value(r, c, d);
                    } else if (value instanceof Boolean b) {
                        sheet.value(r, c, b);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
