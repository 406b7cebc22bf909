package app.ponte.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only a window of rows stays in memory, the rest goes to a compressed
 * temporary file until the workbook is written. Numbers are numeric cells, date-times and dates real dates with a
 * date format; text is always a string cell (never a formula), and text that looks like one is marked as quoted. The
 * header row is bold, frozen and carries an autofilter over every row.
 */
final class XlsxTables {

    private static final int WINDOW = 100;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT = "…";

    private XlsxTables() {
    }

    static <T> long write(Table<T> table, OutputStream out) {
        var workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(false);
        try {
            var styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(table.name().length() > 31
                    ? table.name().substring(0, 31) : table.name());
            var columns = table.columns();
            var header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, width(columns.get(i)));
            }
            sheet.createFreezePane(0, 1);
            int rowNumber = 1;
            for (T row : table.rows()) {
                var line = sheet.createRow(rowNumber++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).cell(row);
                    if (value == null) {
                        continue;
                    }
                    var cell = line.createCell(i);
                    if (value instanceof String text) {
                        cell.setCellValue(text.length() > MAX_TEXT
                                ? text.substring(0, MAX_TEXT - CUT.length()) + CUT : text);
                        if (FormulaGuard.risky(text)) {
                            cell.setCellStyle(styles.quoted);
                        }
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDateTime dateTime) {
                        cell.setCellValue(dateTime);
                        cell.setCellStyle(styles.dateTime);
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(styles.date);
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowNumber - 1), 0, columns.size() - 1));
            workbook.write(out);
            out.flush();
            return rowNumber - 1L;
        } catch (IOException e) {
            throw new UncheckedIOException("Writing " + table.name() + " as XLSX failed", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // The temporary files are already gone (dispose); nothing else is held.
            }
        }
    }

    /** Wide enough for the header and a typical value, in POI's units of 1/256 of a character. */
    private static int width(Column<?> column) {
        int typical = switch (column.type()) {
            case TEXT -> 24;
            case NUMBER -> 10;
            case DATE_TIME -> 17;
            case DATE -> 11;
        };
        return Math.min(60, Math.max(typical, column.header().length() + 4)) * 256;
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle dateTime;
        final CellStyle date;
        final CellStyle quoted;

        Styles(SXSSFWorkbook workbook) {
            var format = workbook.getCreationHelper().createDataFormat();
            var bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy-mm-dd"));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
