/** Test wiring shared by the domain tests. */
package app.ponte.testing;
