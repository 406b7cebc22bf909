/**
 * Values, rules and message plumbing shared by every domain package: who caused a change, countries, themes, field
 * checks.
 */
package app.ponte.shared;
