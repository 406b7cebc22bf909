package app.ponte.report;

import app.ponte.dashboard.OverdueFollowUp;
import app.ponte.dashboard.ProgramResults;
import app.ponte.dashboard.ProgramResults.IndicatorResult;
import app.ponte.dashboard.ProgramResults.MissionResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a program report as an XLSX workbook through Apache POI: one sheet per section of the PDF (indicators,
 * missions, outcomes by kind and by country, the funnel, overdue follow-ups), with numbers as numeric cells and
 * days as date cells, so that a spreadsheet can sum, sort and chart them.
 */
public final class ProgramSpreadsheet {

    public byte[] render(ProgramReport report, ReportLanguage language) {
        var writer = new ProgramReportWriter(language);
        var texts = writer.texts();
        ProgramResults results = report.results();
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(texts.get("program.title", results.name()));
            workbook.getProperties().getCoreProperties().setCreator("Ponte");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0%"));
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet indicators = sheet(workbook, texts.get("section.indicators"), bold, texts.get("field.indicator"),
                    texts.get("field.periodStart"), texts.get("field.periodEnd"), texts.get("field.target"),
                    texts.get("field.actual"), texts.get("field.share"));
            for (IndicatorResult indicator : results.indicators()) {
                Row row = next(indicators);
                row.createCell(0).setCellValue(texts.get("indicator." + indicator.kind().name()));
                day(row, 1, indicator.periodStart(), date);
                day(row, 2, indicator.periodEnd(), date);
                row.createCell(3).setCellValue(indicator.target());
                row.createCell(4).setCellValue(indicator.actual());
                var share = row.createCell(5);
                share.setCellValue(indicator.share());
                share.setCellStyle(percent);
            }

            Sheet missions = sheet(workbook, texts.get("section.missions"), bold, texts.get("field.title"),
                    texts.get("field.start"), texts.get("field.end"), texts.get("field.status"),
                    texts.get("field.engagementsHeld"), texts.get("field.outcomes"));
            for (MissionResult mission : results.missions()) {
                Row row = next(missions);
                row.createCell(0).setCellValue(mission.title());
                day(row, 1, mission.startDate(), date);
                day(row, 2, mission.endDate(), date);
                row.createCell(3).setCellValue(texts.get("status." + mission.status()));
                row.createCell(4).setCellValue(mission.engagementsHeld());
                row.createCell(5).setCellValue(mission.outcomes());
            }

            Sheet byKind = sheet(workbook, texts.get("section.outcomesByKind"), bold, texts.get("field.kind"),
                    texts.get("field.count"));
            results.outcomesByKind().forEach((kind, count) -> counted(byKind,
                    texts.get("outcome." + kind.name()), count));
            Sheet byCountry = sheet(workbook, texts.get("section.outcomesByCountry"), bold,
                    texts.get("field.country"), texts.get("field.count"));
            for (Map.Entry<String, Long> country : results.outcomesByCountry().entrySet()) {
                counted(byCountry, writer.country(country.getKey()), country.getValue());
            }
            Sheet funnel = sheet(workbook, texts.get("section.funnel"), bold, texts.get("field.stage"),
                    texts.get("field.count"));
            results.opportunitiesByStage().forEach((stage, count) -> counted(funnel,
                    texts.get("stage." + stage.name()), count));
            counted(funnel, texts.get("field.dropped"), results.opportunitiesDropped());

            Sheet overdue = sheet(workbook, texts.get("section.overdue"), bold, texts.get("field.description"),
                    texts.get("field.owner"), texts.get("field.dueOn"), texts.get("field.daysOverdue"));
            for (OverdueFollowUp followUp : results.overdueFollowUps()) {
                Row row = next(overdue);
                row.createCell(0).setCellValue(followUp.description() == null ? "" : followUp.description());
                row.createCell(1).setCellValue(followUp.ownerUserId() == null ? "" : followUp.ownerUserId());
                day(row, 2, followUp.dueOn(), date);
                row.createCell(3).setCellValue(followUp.daysOverdue());
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    sheet.setColumnWidth(c, c == 0 ? 60 * 256 : 18 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the XLSX report failed", e);
        }
    }

    /** A sheet named after its section (cut to Excel's 31 characters, without the characters it forbids). */
    private static Sheet sheet(XSSFWorkbook workbook, String title, CellStyle bold, String... header) {
        String name = WorkbookUtil.createSafeSheetName(title);
        Sheet sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(header[i]);
            cell.setCellStyle(bold);
        }
        return sheet;
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    private static void counted(Sheet sheet, String label, long count) {
        Row row = next(sheet);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(count);
    }

    private static void day(Row row, int column, LocalDate day, CellStyle style) {
        var cell = row.createCell(column);
        if (day != null) {
            cell.setCellValue(day);
            cell.setCellStyle(style);
        }
    }
}
