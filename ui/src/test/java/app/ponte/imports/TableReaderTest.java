package app.ponte.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.shared.InvalidField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Messy files as offices export them, written here byte by byte, read back as the user would expect. */
class TableReaderTest {

    private static byte[] bytes(String text, Charset charset, int... bom) {
        var out = new ByteArrayOutputStream();
        for (int b : bom) {
            out.write(b);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    @Test
    void readsUtf8WithBomSemicolonsQuotedNewlinesAndBlankLines() {
        String text = "Ragione sociale;Paese;Città;Sito web\r\n"
                + "\r\n"
                + "\"Città della Scienza S.c.p.A.\";IT;Napoli;www.cittadellascienza.it\r\n"
                + "\"Fudan University\n(复旦大学)\";CN;Shanghai;\r\n"
                + "   \r\n"
                + "\"Bracco; Sine\";CN;Shanghai;\r\n";
        var table = TableReader.read("orgs.csv", bytes(text, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF));
        assertThat(table.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(table.delimiter()).isEqualTo(";");
        assertThat(table.headers()).containsExactly("Ragione sociale", "Paese", "Città", "Sito web");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cell(0)).isEqualTo("Città della Scienza S.c.p.A.");
        assertThat(table.rows().get(1).cell(0)).isEqualTo("Fudan University\n(复旦大学)");
        assertThat(table.rows().get(2).cell(0)).isEqualTo("Bracco; Sine");
        assertThat(table.rows().get(2).number()).isEqualTo(4);
    }

    @Test
    void tellsWindows1252FromUtf8WithoutBom() {
        String text = "Nome,Paese,Città\nUniversità di Torino,IT,Torino\n";
        var table = TableReader.read("cp.csv", text.getBytes(TableReader.WINDOWS_1252));
        assertThat(table.encoding()).isEqualTo("windows-1252");
        assertThat(table.rows().get(0).cell(0)).isEqualTo("Università di Torino");
        var utf8 = TableReader.read("u.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.encoding()).isEqualTo("UTF-8");
        assertThat(utf8.rows().get(0).cell(2)).isEqualTo("Torino");
    }

    @Test
    void readsUtf16BothWaysWithTabsAndPipes() {
        String tabs = "Name\tCountry\n复旦大学\tCN\n";
        var le = TableReader.read("le.txt", bytes(tabs, StandardCharsets.UTF_16LE, 0xFF, 0xFE));
        assertThat(le.encoding()).isEqualTo("UTF-16LE (BOM)");
        assertThat(le.delimiter()).isEqualTo("TAB");
        assertThat(le.rows().get(0).cells()).containsExactly("复旦大学", "CN");
        String pipes = "Name|Country|City\nFudan|CN|Shanghai\nShanghaiTech|CN|Shanghai\n";
        var be = TableReader.read("be.csv", bytes(pipes, StandardCharsets.UTF_16BE, 0xFE, 0xFF));
        assertThat(be.encoding()).isEqualTo("UTF-16BE (BOM)");
        assertThat(be.delimiter()).isEqualTo("|");
        assertThat(be.rows().get(1).cells()).containsExactly("ShanghaiTech", "CN", "Shanghai");
    }

    @Test
    void readsXlsxWithDatesAsNumbersAndNumbersWithoutDecimals() throws Exception {
        byte[] file;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Orgs");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("Since");
            header.createCell(2).setCellValue("Phone");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("复旦大学");
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2017, 5, 16));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            row.createCell(2).setCellValue(390116700000d);
            workbook.write(out);
            file = out.toByteArray();
        }
        var table = TableReader.read("orgs.xlsx", file);
        assertThat(table.format()).isEqualTo("XLSX");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).number()).isEqualTo(3);
        assertThat(table.rows().get(0).cells()).containsExactly("复旦大学", "2017-05-16", "390116700000");
    }

    @Test
    void refusesFilesOverTheLimitsNamingTheRule() {
        assertThatThrownBy(() -> TableReader.read("big.csv", new byte[TableReader.MAX_BYTES + 1]))
                .isInstanceOf(InvalidField.class).hasMessageContaining("at most 10 MB");
        var many = new StringBuilder("Name,Country\n");
        for (int i = 0; i <= TableReader.MAX_ROWS; i++) {
            many.append("Org ").append(i).append(",IT\n");
        }
        assertThatThrownBy(() -> TableReader.read("many.csv", many.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidField.class).hasMessageContaining("at most 50000 rows");
        assertThatThrownBy(() -> TableReader.read("empty.csv", new byte[0]))
                .isInstanceOf(InvalidField.class).hasMessageContaining("file must not be empty");
    }
}
