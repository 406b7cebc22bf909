/** The follow-up list read model: open and done actions by owner and program, overdue worked out when asked. */
package app.ponte.followups;
