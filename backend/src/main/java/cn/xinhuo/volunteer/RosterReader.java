package cn.xinhuo.volunteer;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a roster workbook into rows of text by column. The columns are found by their headings
 * (any order, asterisks optional), so a roster typed from scratch works as well as the template.
 */
final class RosterReader {

    /** One data row: its number as Excel shows it (1-based) and the text of each known column. */
    record RosterRow(int number, Map<RosterColumn, String> cells) {
        String get(RosterColumn column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    /** The rows, or the required columns the heading row lacks. */
    record Roster(List<RosterRow> rows, List<RosterColumn> missingColumns) {
    }

    private RosterReader() {
    }

    static Roster read(InputStream in) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.findSheet(RosterTemplate.SHEET).orElseGet(workbook::getFirstSheet);
            Map<Integer, RosterColumn> columns = null;
            List<RosterRow> rows = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (columns == null) {
                        columns = headings(row);
                        continue;
                    }
                    Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
                    for (var column : columns.entrySet()) {
                        text(row, column.getKey(), column.getValue()).ifPresent(t -> cells.put(column.getValue(), t));
                    }
                    if (!cells.isEmpty()) {
                        rows.add(new RosterRow(row.getRowNum(), cells));
                    }
                }
            }
            List<RosterColumn> missing = new ArrayList<>();
            for (RosterColumn c : RosterColumn.values()) {
                if (c.required && (columns == null || !columns.containsValue(c))) {
                    missing.add(c);
                }
            }
            return new Roster(missing.isEmpty() ? rows : List.of(), missing);
        }
    }

    private static Map<Integer, RosterColumn> headings(Row row) {
        Map<Integer, RosterColumn> columns = new java.util.HashMap<>();
        for (Cell cell : row) {
            if (cell != null && cell.getType() == CellType.STRING) {
                RosterColumn.byHeading(cell.asString()).ifPresent(c -> columns.putIfAbsent(cell.getColumnIndex(), c));
            }
        }
        return columns;
    }

    private static Optional<String> text(Row row, int index, RosterColumn column) {
        Optional<Cell> found = row.getOptionalCell(index);
        if (found.isEmpty() || found.get().getType() == CellType.EMPTY) {
            return Optional.empty();
        }
        Cell cell = found.get();
        String text = switch (cell.getType()) {
            // a date typed into Excel arrives as a serial number
            case NUMBER -> column == RosterColumn.BIRTH_DATE || column == RosterColumn.JOINED_ON
                    ? cell.asDate().toLocalDate().toString()
                    : plain(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            default -> cell.getText();
        };
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
