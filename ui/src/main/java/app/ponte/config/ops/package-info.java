/**
 * Operating Ponte: health and readiness, Ponte's own metrics for Prometheus, and where each streaming processor
 * stands. Under the wiring, since it reads the event store's head and the token store directly.
 */
package app.ponte.config.ops;
