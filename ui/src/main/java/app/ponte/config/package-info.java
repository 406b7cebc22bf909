/** Wiring: the event store, token store and read-model database, the aggregates and the streaming processors. */
package app.ponte.config;
