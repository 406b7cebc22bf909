/** The programs list and each program's live dashboard: targets against actuals, charts, agenda and activity. */
package app.ponte.programs;
