/** The missions list and the mission page: the agenda by day in venue and viewer time, and the forms that change it. */
package app.ponte.missions;
