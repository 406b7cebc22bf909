/** Follow-ups: actions with an owner and a due date, created from an outcome or an opportunity. */
package app.ponte.followup;
