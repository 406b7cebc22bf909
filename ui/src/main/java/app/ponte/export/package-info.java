/**
 * Every list a user can see, written out as a spreadsheet (CSV or XLSX) a row at a time: typed columns with headers in
 * the reader's language, read through the scoped query gateway like the screens and the API's listings.
 */
package app.ponte.export;
