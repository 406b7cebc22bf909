/** Operating Ponte: health and readiness, metrics for Prometheus, and where each streaming processor stands. */
package app.ponte.ops;
