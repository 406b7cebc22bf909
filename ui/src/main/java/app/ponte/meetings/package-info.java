/** The meetings screen: a mission's agenda, live, and the form that schedules a new engagement into it. */
package app.ponte.meetings;
