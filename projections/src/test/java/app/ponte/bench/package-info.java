/**
 * The event-store benchmark: a main class, run by the {@code bench} Maven profile, that measures the storage engine
 * against the raw driver on the embedded server.
 */
package app.ponte.bench;
