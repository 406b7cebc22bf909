/** Calendars (RFC 5545) of agendas, written with ical4j, and the personal links calendar apps subscribe to. */
package app.ponte.calendar;
