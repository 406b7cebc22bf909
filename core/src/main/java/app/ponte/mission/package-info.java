/** Missions abroad and the engagements (meetings, workshops, speeches, visits) held during them. */
package app.ponte.mission;
