/** The cluster managers' audit screen: the audit log with its filters and CSV export, record histories, views as of a past moment, and the hash chain's verify. */
package app.ponte.audit;
