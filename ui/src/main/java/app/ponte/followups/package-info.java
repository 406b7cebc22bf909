/** The follow-ups list: mine, overdue, by program, loaded page by page, and completed from the list. */
package app.ponte.followups;
