/**
 * What the ministry's reports say, read from the event store itself: a mission's record as its events, and the
 * events of the program, organizations and contacts it names, tell it. Rendering into documents is the ui's part.
 */
package app.ponte.report;
