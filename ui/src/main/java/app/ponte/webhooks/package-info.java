/** Webhooks: the endpoints' read model and secrets, the outbox fed by the event stream, the signed delivery, and the admin screen. */
package app.ponte.webhooks;
