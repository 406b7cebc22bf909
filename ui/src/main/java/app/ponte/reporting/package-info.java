/** The screens' "Report" action: a dialog that chooses a report's language and format and downloads it. */
package app.ponte.reporting;
