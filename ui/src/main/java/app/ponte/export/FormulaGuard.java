package app.ponte.export;

/**
 * Text that a spreadsheet would read as a formula ({@code =HYPERLINK(…)}, {@code +1}, {@code -2+3}, {@code @SUM(…)},
 * or one behind a tab or carriage return) is neutralized: in CSV it is prefixed with an apostrophe, which Excel,
 * LibreOffice and Google Sheets show as text; in XLSX it is a string cell, marked as quoted text.
 */
final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static boolean risky(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    static String forCsv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
