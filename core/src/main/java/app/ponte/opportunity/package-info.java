/** Opportunities: outcomes pursued through stages, from identified to an active agreement, or dropped. */
package app.ponte.opportunity;
