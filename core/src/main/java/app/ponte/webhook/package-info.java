/** Webhook endpoints: where administrators ask Ponte to send its events, recorded as events so every change is audited. */
package app.ponte.webhook;
