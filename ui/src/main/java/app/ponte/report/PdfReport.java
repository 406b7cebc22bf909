package app.ponte.report;

import app.ponte.report.ReportDocument.Block;
import app.ponte.report.ReportDocument.Chart;
import app.ponte.report.ReportDocument.Heading;
import app.ponte.report.ReportDocument.Paragraph;
import app.ponte.report.ReportDocument.Table;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a report as PDF: the content is written as XHTML with a print style sheet and laid out by openhtmltopdf
 * on PDFBox. One font, embedded as a subset, sets every character: the report font must cover Latin and Chinese, so
 * that no glyph falls back to an unembedded standard font.
 */
public final class PdfReport {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm 20mm 18mm;
                    @bottom-center { content: counter(page) " / " counter(pages); font-family: '%1$s';
                                     font-size: 8pt; color: #555; } }
            * { font-family: '%1$s'; }
            body { font-size: 10pt; line-height: 1.35; color: #111; }
            h1.title { font-size: 17pt; margin: 0 0 2mm 0; }
            p.subtitle { font-size: 11pt; color: #444; margin: 0 0 6mm 0; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm 0; border-bottom: 0.5pt solid #888; }
            h3 { font-size: 11pt; margin: 4mm 0 1.5mm 0; }
            p { margin: 0 0 2.5mm 0; text-align: justify; }
            table { width: 100%%; border-collapse: collapse; margin: 0 0 3mm 0; font-size: 8.5pt;
                    -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #999; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; }
            th { background: #e8edf3; }
            td.short { white-space: nowrap; }
            tr { page-break-inside: avoid; }
            """;

    private static final int SHORT = 14;

    private final ReportFont font;

    public PdfReport(ReportFont font) {
        this.font = font;
    }

    public byte[] render(ReportDocument document) {
        var fontFile = font.require();
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    // A .ttc is read as a collection by openhtmltopdf; subset=true embeds only the glyphs used.
                    .useFont(fontFile, ReportFont.FAMILY, 400, FontStyle.NORMAL, true)
                    .withHtmlContent(xhtml(document, fontFile), null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the PDF report failed", e);
        }
        return out.toByteArray();
    }

    /** The XHTML openhtmltopdf lays out; every text is escaped, since names and minutes are users' input. */
    static String xhtml(ReportDocument document) {
        return xhtml(document, null);
    }

    static String xhtml(ReportDocument document, java.io.File chartFont) {
        var html = new StringBuilder(8192);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(document.language())).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.title())).append("</title><style>")
                .append(STYLE.formatted(ReportFont.FAMILY)).append("</style></head><body>")
                .append("<h1 class=\"title\">").append(escape(document.title())).append("</h1>")
                .append("<p class=\"subtitle\">").append(escape(document.subtitle())).append("</p>");
        for (Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                String tag = heading.level() <= 1 ? "h2" : "h3";
                html.append('<').append(tag).append('>').append(escape(heading.text())).append("</").append(tag)
                        .append('>');
            } else if (block instanceof Paragraph paragraph) {
                html.append("<p>").append(escape(paragraph.text())).append("</p>");
            } else if (block instanceof Table table) {
                table(table, html);
            } else if (block instanceof Chart chart) {
                // Drawn as an image; openhtmltopdf embeds a data URI without reading anything else.
                html.append("<p class=\"chart\"><img alt=\"").append(escape(chart.caption()))
                        .append("\" style=\"width: 170mm; height: ")
                        .append(String.format(java.util.Locale.ROOT, "%.1f", 170.0 * BarChart.height(chart) / BarChart.WIDTH))
                        .append("mm;\" src=\"data:image/png;base64,")
                        .append(java.util.Base64.getEncoder().encodeToString(BarChart.png(chart, chartFont)))
                        .append("\"/></p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void table(Table table, StringBuilder html) {
        html.append("<table>");
        if (table.header().stream().anyMatch(cell -> !cell.isEmpty())) {
            html.append("<thead><tr>");
            table.header().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
            html.append("</tr></thead>");
        }
        html.append("<tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            // A short value (a time, a date, a stage) is kept on one line; long ones wrap in their column.
            row.forEach(cell -> html.append(cell.length() <= SHORT ? "<td class=\"short\">" : "<td>")
                    .append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // Control characters other than tab and newline are not allowed in XML 1.0.
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
