package app.ponte.imports;

import app.ponte.shared.InvalidField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded CSV or XLSX file into a {@link Table}. A CSV file's encoding is told from its byte-order mark
 * (UTF-8, UTF-16 LE or BE), else it is UTF-8 if it decodes as such and Windows-1252 otherwise; its delimiter is the
 * one of {@code , ; TAB |} that splits the first lines most evenly outside quotes. Quoted newlines are kept inside
 * their cell and blank lines are skipped. XLSX: the first sheet, dates (numbers with a date format) as ISO dates,
 * other numbers without a trailing ".0".
 */
public final class TableReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SNIFFED_LINES = 20;

    private TableReader() {
    }

    public static Table read(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new InvalidField("file", "must not be empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidField("file", "must be at most 10 MB (" + MAX_BYTES + " bytes); this one has "
                    + content.length + " bytes: split it into smaller files");
        }
        if (isZip(content)) {
            return xlsx(name, content);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new InvalidField("file", "must be CSV or XLSX; save the old Excel .xls file as .xlsx or CSV");
        }
        return csv(name, content);
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    // --- CSV ---

    static Table csv(String name, byte[] content) {
        Charset charset;
        int skip = 0;
        if (starts(content, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (starts(content, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (starts(content, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = decodesAs(content, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String text = new String(content, skip, content.length - skip, charset);
        String encoding = charset.name() + (skip > 0 ? " (BOM)" : "");
        char delimiter = delimiter(text);
        var format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 1;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                    continue;
                }
                number++;
                if (rows.size() == MAX_ROWS) {
                    throw tooManyRows();
                }
                rows.add(new Table.Row(number, cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException unreadable) {
            throw new InvalidField("file", "must be a readable CSV file: " + unreadable.getMessage());
        }
        if (headers == null) {
            throw new InvalidField("file", "must have a header row naming its columns");
        }
        return new Table(name, "CSV", encoding, delimiter == '\t' ? "TAB" : String.valueOf(delimiter), headers,
                rows);
    }

    private static InvalidField tooManyRows() {
        return new InvalidField("file", "must have at most " + MAX_ROWS + " rows; split it into smaller files");
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean decodesAs(byte[] content, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notThis) {
            return false;
        }
    }

    /**
     * The candidate that occurs on the first lines (outside quotes) the same number of times on each, preferring
     * the one with more occurrences; a comma when none occurs.
     */
    static char delimiter(String text) {
        List<String> lines = logicalLines(text);
        char best = ',';
        double bestScore = 0;
        for (char candidate : DELIMITERS) {
            int[] counts = lines.stream().mapToInt(line -> countOutsideQuotes(line, candidate)).toArray();
            if (counts.length == 0 || counts[0] == 0) {
                continue;
            }
            int same = 0;
            for (int count : counts) {
                if (count == counts[0]) {
                    same++;
                }
            }
            double score = counts[0] * ((double) same / counts.length);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** The first non-blank records of the text, a quoted newline not ending one. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines.size() < SNIFFED_LINES; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == '\n' || c == '\r') && !quoted) {
                if (!current.toString().isBlank()) {
                    lines.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank() && lines.size() < SNIFFED_LINES) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    // --- XLSX ---

    private static Table xlsx(String name, byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidField("file", "must have a sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            for (var row : sheet) {
                int width = Math.max(row.getLastCellNum(), 0);
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw tooManyRows();
                }
                rows.add(new Table.Row(row.getRowNum() + 1, cells));
            }
            if (headers == null) {
                throw new InvalidField("file", "must have a header row naming its columns");
            }
            return new Table(name, "XLSX", null, null, headers, rows);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidField invalid) {
                throw invalid;
            }
            throw new InvalidField("file", "must be a readable XLSX workbook: " + unreadable.getMessage());
        }
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> number(cell);
            default -> "";
        };
    }

    private static String number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime when = cell.getLocalDateTimeCellValue();
            return when.toLocalTime().toSecondOfDay() == 0 ? when.toLocalDate().toString()
                    : when.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
