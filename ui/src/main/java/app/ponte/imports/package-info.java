/** The import of organizations and contacts from spreadsheets: reading, column mapping, duplicates, preview, run. */
package app.ponte.imports;
