package app.ponte.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 has it (CRLF line ends, quotes only where needed, doubled inside), in UTF-8 behind a byte order
 * mark so that Excel opens native names (复旦大学) as they are. Date-times are written {@code 2017-05-16 09:30:00},
 * which spreadsheets read as dates, and text that looks like a formula is neutralized.
 */
final class CsvTables {

    static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CsvTables() {
    }

    static <T> long write(Table<T> table, OutputStream out) {
        long rows = 0;
        try {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write(BYTE_ORDER_MARK);
            // Not closed: that would close the caller's stream, which the caller owns.
            var csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            var columns = table.columns();
            var header = new ArrayList<String>(columns.size());
            columns.forEach(column -> header.add(FormulaGuard.forCsv(column.header())));
            csv.printRecord(header);
            List<String> cells = new ArrayList<>(columns.size());
            for (T row : table.rows()) {
                cells.clear();
                for (Column<T> column : columns) {
                    cells.add(text(column.cell(row)));
                }
                csv.printRecord(cells);
                rows++;
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing " + table.name() + " as CSV failed", e);
        }
        return rows;
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String text) {
            return FormulaGuard.forCsv(text);
        }
        if (cell instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return cell.toString();
    }
}
