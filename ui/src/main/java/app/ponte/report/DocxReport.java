package app.ponte.report;

import app.ponte.report.ReportDocument.Block;
import app.ponte.report.ReportDocument.Chart;
import app.ponte.report.ReportDocument.Heading;
import app.ponte.report.ReportDocument.Paragraph;
import app.ponte.report.ReportDocument.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Renders a report as a Word document through Apache POI's XWPF, so that an officer can edit it in Word or
 * LibreOffice before sending it. Text is plain runs and real tables; the word processor picks fonts, with an East
 * Asian font named for Chinese names.
 */
public final class DocxReport {

    private static final String LATIN_FONT = "Calibri";
    private static final String EAST_ASIAN_FONT = "Microsoft YaHei";

    public byte[] render(ReportDocument document) {
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator("Ponte");
            text(docx.createParagraph(), document.title(), 18, true);
            text(docx.createParagraph(), document.subtitle(), 12, false);
            for (Block block : document.blocks()) {
                if (block instanceof Heading heading) {
                    var paragraph = docx.createParagraph();
                    paragraph.setSpacingBefore(heading.level() <= 1 ? 240 : 120);
                    text(paragraph, heading.text(), heading.level() <= 1 ? 14 : 12, true);
                } else if (block instanceof Paragraph paragraph) {
                    text(docx.createParagraph(), paragraph.text(), 11, false);
                } else if (block instanceof Table table) {
                    table(docx, table);
                    docx.createParagraph();
                } else if (block instanceof Chart chart) {
                    chart(docx, chart);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the DOCX report failed", e);
        }
    }

    private static void chart(XWPFDocument docx, Chart chart) {
        byte[] png = BarChart.png(chart, null);
        try (var in = new java.io.ByteArrayInputStream(png)) {
            int width = org.apache.poi.util.Units.toEMU(450);
            int height = org.apache.poi.util.Units.toEMU(450.0 * BarChart.height(chart) / BarChart.WIDTH);
            docx.createParagraph().createRun().addPicture(in, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    "chart.png", width, height);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Drawing the chart into the DOCX report failed", e);
        }
    }

    private static void table(XWPFDocument docx, Table table) {
        boolean header = table.header().stream().anyMatch(cell -> !cell.isEmpty());
        int columns = table.header().size();
        XWPFTable grid = docx.createTable(table.rows().size() + (header ? 1 : 0), columns);
        grid.setWidth("100%");
        int row = 0;
        if (header) {
            fill(grid.getRow(row++), table.header(), true);
        }
        for (List<String> cells : table.rows()) {
            fill(grid.getRow(row++), cells, false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.getCell(i);
            text(cell.getParagraphs().get(0), cells.get(i), 10, bold);
        }
    }

    private static void text(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(EAST_ASIAN_FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text == null ? "" : text);
    }
}
