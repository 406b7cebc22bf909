/** Which program each mission, engagement, outcome, opportunity and follow-up belongs to, for access checks. */
package app.ponte.access;
