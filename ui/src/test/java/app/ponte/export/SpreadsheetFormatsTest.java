package app.ponte.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The two writers, read back by readers that did not write them: commons-csv's parser, POI's full (non-streaming)
 * XSSF reader, and Python's openpyxl.
 */
class SpreadsheetFormatsTest {

    record Meeting(String title, LocalDateTime start, String zone, LocalDate day, Integer attendees) {}

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    private static final List<Meeting> MEETINGS = List.of(
            new Meeting("Meeting with Fudan University (复旦大学)", LocalDateTime.of(2017, 5, 16, 9, 30),
                    "Asia/Shanghai", LocalDate.of(2017, 5, 16), 12),
            new Meeting(HYPERLINK, LocalDateTime.of(2017, 5, 16, 14, 0), "Asia/Shanghai", LocalDate.of(2017, 5, 16),
                    null),
            new Meeting("+39 a number?", null, "Asia/Shanghai", null, 0),
            new Meeting("-1+2", null, null, null, null),
            new Meeting("@SUM(A1)", null, null, null, null),
            new Meeting("\tcmd", null, null, null, null),
            new Meeting("\rcmd", null, null, null, null),
            new Meeting("Quotes \"inside\", a comma\nand a new line", null, null, null, null));

    private static Table<Meeting> table() {
        return new Table<>("meetings", List.of(
                Column.text("Title", Meeting::title),
                Column.dateTime("Start (venue time)", Meeting::start),
                Column.text("Time zone", Meeting::zone),
                Column.date("Day", Meeting::day),
                Column.number("Attendees", Meeting::attendees)), MEETINGS);
    }

    private static byte[] write(ExportFormat format) {
        var out = new ByteArrayOutputStream();
        assertThat(format.write(table(), out)).isEqualTo(MEETINGS.size());
        return out.toByteArray();
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndRfc4180Quoting() throws Exception {
        byte[] csv = write(ExportFormat.CSV);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").startsWith("Title,");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(MEETINGS.size());
        assertThat(records.get(0).get("Title")).isEqualTo("Meeting with Fudan University (复旦大学)");
        assertThat(records.get(0).get("Start (venue time)")).isEqualTo("2017-05-16 09:30:00");
        assertThat(records.get(0).get("Time zone")).isEqualTo("Asia/Shanghai");
        assertThat(records.get(0).get("Day")).isEqualTo("2017-05-16");
        assertThat(records.get(0).get("Attendees")).isEqualTo("12");
        assertThat(records.get(1).get("Attendees")).isEmpty();
        assertThat(records.get(7).get("Title")).isEqualTo("Quotes \"inside\", a comma\nand a new line");
    }

    @Test
    void csvNeutralizesEveryFormulaSign() throws Exception {
        byte[] csv = write(ExportFormat.CSV);
        var records = CSVFormat.RFC4180.parse(new StringReader(
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();

        assertThat(records.subList(2, 8).stream().map(r -> r.get(0)).toList())
                .containsExactly("'" + HYPERLINK, "'+39 a number?", "'-1+2", "'@SUM(A1)", "'\tcmd", "'\rcmd");
    }

    @Test
    void xlsxHasTypedCellsAFrozenHeaderAndAnAutofilterAsPoiReadsIt() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("meetings");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E9");
            var header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Start (venue time)");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Meeting with Fudan University (复旦大学)");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
            assertThat(first.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2017, 5, 16, 9, 30));
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Asia/Shanghai");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2017, 5, 16));
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(2).getCell(4)).isNull();

            for (int row = 2; row <= 7; row++) {
                var cell = sheet.getRow(row).getCell(0);
                assertThat(cell.getCellType()).as("row %d", row).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("row %d", row).isTrue();
            }
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void openpyxlReadsTheSameTypesDatesFrozenHeaderAndFilter() throws Exception {
        var sheet = OpenPyxl.read(write(ExportFormat.XLSX));

        assertThat(sheet.get("freeze").asText()).isEqualTo("A2");
        assertThat(sheet.get("filter").asText()).isEqualTo("A1:E9");
        assertThat(sheet.get("bold_header").asBoolean()).isTrue();
        var rows = sheet.get("rows");
        assertThat(rows).hasSize(MEETINGS.size() + 1);
        var first = rows.get(1);
        assertThat(first.get(0).get(1).asText()).isEqualTo("Meeting with Fudan University (复旦大学)");
        assertThat(first.get(1).get(0).asText()).isEqualTo("date");
        assertThat(first.get(1).get(1).asText()).isEqualTo("2017-05-16T09:30:00");
        assertThat(first.get(3).get(0).asText()).isEqualTo("date");
        assertThat(first.get(3).get(1).asText()).startsWith("2017-05-16");
        assertThat(first.get(4).get(0).asText()).isEqualTo("number");
        assertThat(first.get(4).get(1).asDouble()).isEqualTo(12.0);
        var injected = rows.get(2).get(0);
        assertThat(injected.get(0).asText()).isEqualTo("text");
        assertThat(injected.get(1).asText()).isEqualTo(HYPERLINK);
        assertThat(injected.get(3).asBoolean()).isTrue();
    }

    @Test
    void aValueOfTheWrongTypeFailsNamingItsColumn() {
        var wrong = new Table<>("wrong", List.of(new Column<String>("Count", app.ponte.export.CellType.NUMBER,
                text -> text)), List.of("twelve"));

        assertThatThrownBy(() -> ExportFormat.CSV.write(wrong, new ByteArrayOutputStream()))
                .hasMessageContaining("Count").hasMessageContaining("NUMBER");
    }
}
