/**
 * Storage on MongoDB: the event storage engine with a global sequence, the token store, and the
 * embedded server used when no MongoDB is configured. The only core package that talks to the driver.
 */
package app.ponte.store;
