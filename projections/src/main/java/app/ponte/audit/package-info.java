/** The cluster managers' audit: the audit log, each record's history with its changes, views "as of" a past moment, and the hash chain's verdict. */
package app.ponte.audit;
