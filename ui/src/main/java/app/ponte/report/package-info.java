/**
 * The ministry's documents written from the record: a mission's report in English or Italian as PDF or DOCX. The
 * content is built once as a {@link app.ponte.report.ReportDocument} and each format renders that same content.
 */
package app.ponte.report;
